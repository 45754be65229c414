import { Alert, Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { clientTabPath, type ClientTab } from '../client-tabs';

// What a page that writes to a client's record (log a session, record a questionnaire) shows instead of its
// form to a colleague who may read but not write (a record that did not load: components/page-not-loaded.tsx).

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
