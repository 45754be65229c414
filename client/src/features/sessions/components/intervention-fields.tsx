import { Button, Chip, Fieldset, Group, MultiSelect, Select, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { APPROACH_INFO, APPROACHES, TEXT_MAX_LENGTH, type Approach } from '@securebase/shared';
import { useEffect, useId, useRef } from 'react';
import { interventionPath, TECHNIQUE_MAX_LENGTH, TECHNIQUES_MAX, type InterventionValues } from '../session-form';
import { ApproachOption } from './approach-badge';
import { approachFilter } from './approach-select-filter';

const approachOptions = APPROACHES.map((value) => ({ value, label: APPROACH_INFO[value].label }));

export interface GoalOption {
  value: string;
  label: string;
}

interface InterventionFieldsProps {
  index: number;
  value: InterventionValues;
  onChange: (next: InterventionValues) => void;
  onRemove: () => void;
  goalOptions: GoalOption[];
  errors: Record<string, unknown>;
  /** Just added: the approach is the next thing to type. */
  autoFocus: boolean;
}

const errorOf = (errors: Record<string, unknown>, path: string) => (typeof errors[path] === 'string' ? (errors[path] as string) : undefined);

/** One intervention note: approach (type-ahead), techniques (suggested chips and free text), note, goals. */
export function InterventionFields({ index, value, onChange, onRemove, goalOptions, errors, autoFocus }: InterventionFieldsProps) {
  const approachRef = useRef<HTMLInputElement>(null);
  const chipsLabel = useId();
  const focusOnMount = useRef(autoFocus);
  useEffect(() => {
    if (focusOnMount.current) approachRef.current?.focus();
  }, []);

  const suggested = value.approach ? APPROACH_INFO[value.approach].techniques : [];
  const chosenSuggestions = value.techniques.filter((t) => suggested.includes(t));
  const ownTechniques = value.techniques.filter((t) => !suggested.includes(t));
  const number = index + 1;
  const colour = value.approach ? APPROACH_INFO[value.approach].colour : 'var(--mantine-color-gray-3)';

  return (
    <Fieldset
      legend={`Intervention ${number}`}
      variant="default"
      styles={{ root: { borderLeft: `4px solid ${colour}` }, legend: { fontWeight: 600 } }}
    >
      <Stack gap="sm">
        <Select
          ref={approachRef}
          label="Approach"
          placeholder="Type to search, e.g. cbt or mindfulness"
          data={approachOptions}
          value={value.approach}
          onChange={(approach) => onChange({ ...value, approach: approach as Approach | null })}
          renderOption={({ option }) => <ApproachOption approach={option.value as Approach} />}
          searchable
          filter={approachFilter}
          selectFirstOptionOnChange
          autoSelectOnBlur
          allowDeselect={false}
          nothingFoundMessage="No approach matches"
          required
          error={errorOf(errors, interventionPath(index, 'approach'))}
        />
        {suggested.length > 0 && (
          <div role="group" aria-labelledby={chipsLabel}>
            <Text size="sm" fw={500} id={chipsLabel} mb={6}>
              Suggested techniques
            </Text>
            <Chip.Group
              multiple
              value={chosenSuggestions}
              onChange={(chips) => onChange({ ...value, techniques: [...suggested.filter((t) => chips.includes(t)), ...ownTechniques] })}
            >
              <Group gap={6}>
                {suggested.map((technique) => (
                  <Chip key={technique} value={technique} size="sm" variant="outline">
                    {technique}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
        )}
        <TagsInput
          label={suggested.length > 0 ? 'Other techniques' : 'Techniques'}
          description="Type one and press Enter"
          value={ownTechniques}
          onChange={(own) => onChange({ ...value, techniques: [...chosenSuggestions, ...own] })}
          maxTags={TECHNIQUES_MAX}
          maxLength={TECHNIQUE_MAX_LENGTH}
          acceptValueOnBlur
          error={errorOf(errors, interventionPath(index, 'techniques'))}
        />
        <Textarea
          label="Note"
          autosize
          minRows={3}
          maxLength={TEXT_MAX_LENGTH}
          value={value.note}
          onChange={(event) => onChange({ ...value, note: event.currentTarget.value })}
          error={errorOf(errors, interventionPath(index, 'note'))}
        />
        <MultiSelect
          label="Goals targeted"
          placeholder={value.goalIds.length ? undefined : 'Type to search the goals'}
          data={goalOptions}
          value={value.goalIds}
          onChange={(goalIds) => onChange({ ...value, goalIds })}
          searchable
          selectFirstOptionOnChange
          hidePickedOptions
          nothingFoundMessage="No goal matches"
          error={errorOf(errors, interventionPath(index, 'goalIds'))}
        />
        <Group justify="flex-end">
          <Button variant="subtle" color="red.8" size="xs" onClick={onRemove} aria-label={`Remove intervention ${number}`}>
            Remove intervention
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
