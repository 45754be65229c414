import { Group, Text } from '@mantine/core';
import type { InstrumentDefinition, MeasurePreview as Preview } from '@securebase/shared';
import { scoreLines } from '../measure-labels';
import { BandBadge } from './band-badge';

/** Answered N of M; the score(s) and band once every item is answered (the shared scorer's own result). */
export function MeasurePreview({ instrument, preview }: { instrument: InstrumentDefinition; preview: Preview }) {
  const answered = instrument.itemCount - preview.unanswered.length;
  const lines = preview.result ? scoreLines(instrument, preview.result.scores) : [];
  return (
    <Group gap="md" wrap="wrap" align="center">
      <Text size="sm" className="tabular-figures" data-testid="answered-count">
        Answered <strong>{answered}</strong> of {instrument.itemCount}
      </Text>
      <div aria-live="polite">
        {preview.result ? (
          <Group gap="sm" wrap="wrap" align="center">
            {lines.map((line) => (
              <Text key={line.scale} size="sm" className="tabular-figures">
                {line.label} <strong>{line.value}</strong>
              </Text>
            ))}
            <BandBadge instrument={instrument} band={preview.result.band} />
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            The score shows when every item is answered.
          </Text>
        )}
      </div>
    </Group>
  );
}
