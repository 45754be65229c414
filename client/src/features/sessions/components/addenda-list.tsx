import { Stack, Text } from '@mantine/core';
import { formatInstant } from '../../../lib/dates';
import type { Addendum } from '../api/session-types';

/** Addenda in the order they were written, each with its author and time; never edited. */
export function AddendaList({ addenda, clamp }: { addenda: readonly Addendum[]; clamp?: boolean }) {
  if (addenda.length === 0) return null;
  return (
    <Stack gap="xs">
      {addenda.map((addendum) => (
        <div key={addendum.id} className="sb-addendum">
          <Text size="xs" c="dimmed" fw={500}>
            Addendum by {addendum.authorName} · {formatInstant(addendum.createdAt)}
          </Text>
          <Text size="sm" className="sb-prewrap" lineClamp={clamp ? 4 : undefined}>
            {addendum.text}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
