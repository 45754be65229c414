import { Button, Group, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { INTERVENTIONS_MAX, interventionPath, newIntervention, type InterventionValues, type SessionFormValues } from '../session-form';
import { EditorSection } from './editor-section';
import { InterventionFields, type GoalOption } from './intervention-fields';

/** What was done this session, one note per approach; each becomes a note on the Notes tab. */
export function InterventionsSection({ form, goalOptions }: { form: UseFormReturnType<SessionFormValues>; goalOptions: GoalOption[] }) {
  const [focusIntervention, setFocusIntervention] = useState<string | null>(null);
  const { interventions } = form.getValues();

  // Setting the whole list clears only the list's own error; the errors of its parts go too.
  const setInterventions = (next: InterventionValues[]) => {
    form.setFieldValue('interventions', next);
    for (let i = 0; i <= Math.max(next.length, interventions.length); i += 1) {
      for (const part of ['approach', 'techniques', 'note', 'goalIds'] as const) form.clearFieldError(interventionPath(i, part));
    }
  };
  const addIntervention = () => {
    const added = newIntervention();
    setFocusIntervention(added.key);
    setInterventions([...interventions, added]);
  };

  return (
    <EditorSection title="Interventions" description="What you did, by approach. Each becomes a note on the client's Notes tab.">
      {interventions.map((intervention, index) => (
        <InterventionFields
          key={intervention.key}
          index={index}
          value={intervention}
          goalOptions={goalOptions}
          errors={form.errors}
          autoFocus={intervention.key === focusIntervention}
          onChange={(next) => setInterventions(interventions.map((n, i) => (i === index ? next : n)))}
          onRemove={() => setInterventions(interventions.filter((_, i) => i !== index))}
        />
      ))}
      {typeof form.errors.interventions === 'string' && (
        <Text size="sm" c="red.8" role="alert">
          {form.errors.interventions}
        </Text>
      )}
      <Group>
        <Button variant="default" onClick={addIntervention} disabled={interventions.length >= INTERVENTIONS_MAX}>
          Add intervention
        </Button>
      </Group>
    </EditorSection>
  );
}
