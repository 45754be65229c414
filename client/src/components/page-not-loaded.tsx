import { Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import type { ErrorSubject } from '../lib/error-messages';
import { ErrorAlert } from './error-alert';

/**
 * What a page shows instead of itself when what it opens could not be loaded: why, a retry where
 * one can help, and the way back to the caseload (every clinical page starts from there).
 */
export function PageNotLoaded({ error, subject, onRetry }: { error: unknown; subject?: ErrorSubject; onRetry: () => void }) {
  return (
    <Stack maw={640}>
      <ErrorAlert error={error} subject={subject} onRetry={onRetry} />
      <Anchor component={Link} to="/caseload">
        Back to caseload
      </Anchor>
    </Stack>
  );
}
