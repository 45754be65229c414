import { Alert, Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { clientTabPath, type ClientTab } from '../client-tabs';

// What a page that writes to a client's record (log a session, record a questionnaire) shows instead of its
// form, so every such page answers the same two cases in the same words.

/** The client could not be loaded: why, a retry, and the way back to the caseload. */
export function ClientNotLoaded({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Stack maw={640}>
      <ErrorAlert error={error} subject="client" onRetry={onRetry} />
      <Anchor component={Link} to="/caseload">
        Back to caseload
      </Anchor>
    </Stack>
  );
}

interface NotOnCareTeamProps {
  clientId: string;
  /** What the page would do, as it ends "but not … for them": "log sessions", "record questionnaires". */
  writing: string;
  /** The tab of the client page to go back to. */
  backTo?: ClientTab;
}

/** A colleague outside the care team can read the record but not add to it. */
export function NotOnCareTeam({ clientId, writing, backTo }: NotOnCareTeamProps) {
  return (
    <Stack maw={640}>
      <Alert color="gray" variant="light" title="Read only">
        You can read this client's record but not {writing} for them: you are not on their care team.
      </Alert>
      <Anchor component={Link} to={clientTabPath(clientId, backTo)}>
        Back to the client
      </Anchor>
    </Stack>
  );
}
