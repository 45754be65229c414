import { Checkbox, Group, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { PATTERN_INTENSITY_MAX, PRESENTING_PATTERN_LABELS, PRESENTING_PATTERNS, type PresentingPattern } from '@securebase/shared';
import type { KeyboardEvent } from 'react';
import { patternPath } from '../session-form';

const INTENSITIES = Array.from({ length: PATTERN_INTENSITY_MAX + 1 }, (_, i) => String(i));
/** A pattern switched on starts at mild; the clinician moves it from there. */
const FIRST_INTENSITY = 1;

interface PatternsFieldProps {
  value: Partial<Record<PresentingPattern, number>>;
  onChange: (next: Partial<Record<PresentingPattern, number>>) => void;
  errors: Record<string, unknown>;
}

/** "Observed this week", each with an intensity 0–3. Space toggles; on a pattern, 0–3 sets its intensity. */
export function PatternsField({ value, onChange, errors }: PatternsFieldProps) {
  const set = (pattern: PresentingPattern, intensity: number | null) => {
    const next = { ...value };
    if (intensity === null) delete next[pattern];
    else next[pattern] = intensity;
    onChange(next);
  };

  const digits = (pattern: PresentingPattern) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    if (/^[0-9]$/.test(event.key) && Number(event.key) <= PATTERN_INTENSITY_MAX) {
      event.preventDefault();
      set(pattern, Number(event.key));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      set(pattern, null);
    }
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
      {PRESENTING_PATTERNS.map((pattern) => {
        const label = PRESENTING_PATTERN_LABELS[pattern];
        const intensity = value[pattern];
        const observed = intensity !== undefined;
        const error = errors[patternPath(pattern)];
        return (
          <div key={pattern}>
            <Group justify="space-between" wrap="nowrap" gap="xs" mih={34}>
              <Checkbox
                label={label}
                checked={observed}
                onChange={(event) => set(pattern, event.currentTarget.checked ? FIRST_INTENSITY : null)}
                onKeyDown={digits(pattern)}
              />
              {observed && (
                <SegmentedControl
                  size="xs"
                  data={INTENSITIES}
                  value={String(intensity)}
                  onChange={(next) => set(pattern, Number(next))}
                  aria-label={`Intensity: ${label}`}
                />
              )}
            </Group>
            {typeof error === 'string' && (
              <Text size="xs" c="red.8" role="alert">
                {error}
              </Text>
            )}
          </div>
        );
      })}
    </SimpleGrid>
  );
}
