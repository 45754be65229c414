import { Alert, Stack, Text } from '@mantine/core';
import { formatInstant } from '../../../lib/dates';
import type { TherapySession } from '../api/session-types';

/**
 * The supervisor's comments on a returned session, newest first, shown on top of the author's
 * draft (docs/screens.md, "Review queue"). Only while it is a draft again: once signed and waiting
 * or co-signed, the comments have been answered.
 */
export function ReturnedComments({ session }: { session: Pick<TherapySession, 'status' | 'returns'> }) {
  if (session.status !== 'draft' || session.returns.length === 0) return null;
  const [latest, ...earlier] = [...session.returns].reverse();
  return (
    <Alert
      color="orange"
      variant="light"
      maw={880}
      title={`Returned by ${latest.byName} on ${formatInstant(latest.at)}`}
      data-testid="returned-comment"
    >
      <Stack gap="xs">
        <Text size="sm" className="sb-prewrap">
          {latest.comment}
        </Text>
        {earlier.length > 0 && (
          <Stack gap={4}>
            <Text size="xs" fw={600}>
              Earlier returns
            </Text>
            {earlier.map((r) => (
              <Text key={r.at} size="xs" className="sb-prewrap">
                {formatInstant(r.at)}, {r.byName}: {r.comment}
              </Text>
            ))}
          </Stack>
        )}
        <Text size="xs" c="dimmed">
          Edit the draft and sign it again; it goes back to your supervisor.
        </Text>
      </Stack>
    </Alert>
  );
}
