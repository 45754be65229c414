import { Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { RANGE_PRESETS, rangeProblem, type OverviewRange, type RangePreset } from '../overview-range';

interface OverviewRangeControlProps {
  range: OverviewRange;
  onChange: (range: OverviewRange) => void;
  /** The period the charts show, in words ("3 May 2026 – 22 Nov 2026"). */
  shown: string | null;
}

/** The one date range every chart of the Overview follows. */
export function OverviewRangeControl({ range, onChange, shown }: OverviewRangeControlProps) {
  const problem = rangeProblem(range);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="overview-range-label">
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap" align="center" className="no-print">
          <Text id="overview-range-label" size="sm" fw={600} component="h2">
            Date range
          </Text>
          <SegmentedControl
            aria-labelledby="overview-range-label"
            size="xs"
            data={RANGE_PRESETS.map((p) => ({ value: p.value, label: p.label }))}
            value={range.preset}
            onChange={(preset) => onChange({ preset: preset as RangePreset, from: range.from, to: range.to })}
          />
        </Group>
        {range.preset === 'custom' && (
          <Group gap="sm" align="flex-start" className="no-print">
            <TextInput
              label="From"
              type="date"
              size="xs"
              value={range.from}
              onChange={(event) => onChange({ ...range, from: event.currentTarget.value })}
              error={problem}
            />
            <TextInput
              label="To"
              type="date"
              size="xs"
              value={range.to}
              onChange={(event) => onChange({ ...range, to: event.currentTarget.value })}
            />
          </Group>
        )}
        {shown && (
          <Text size="sm" c="dimmed" aria-live="polite" className="tabular-figures">
            Showing {shown}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
