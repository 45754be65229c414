import { Alert, Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { PageNotLoaded } from '../../../components/page-not-loaded';
import { useSignedInUser } from '../../auth/api/get-current-user';
import { useClient } from '../../clients/api/get-client';
import { isOnCareTeam } from '../../clients/client-access';
import { clientTabPath } from '../../clients/client-tabs';
import { useGoals } from '../../goals/api/list-goals';
import { SessionEditor } from './session-editor';

/** /clients/:clientId/sessions/new */
export function LogSessionPage() {
  const { clientId = '' } = useParams();
  const user = useSignedInUser();
  const client = useClient(clientId);
  const goals = useGoals(clientId);
  usePageTitle('Log a session');

  if (client.isPending || (goals.isPending && !goals.isError)) return <PageLoader label="Opening the session form…" />;
  if (client.isError || goals.isError) {
    return (
      <PageNotLoaded
        error={client.error ?? goals.error}
        subject="client"
        onRetry={() => void (client.isError ? client.refetch() : goals.refetch())}
      />
    );
  }
  if (!isOnCareTeam(client.data, user.id)) {
    return (
      <Stack maw={640}>
        <Alert color="gray" variant="light" title="Read only">
          You can read this client's record but not log sessions for them: you are not on their care team.
        </Alert>
        <Anchor component={Link} to={clientTabPath(clientId)}>
          Back to the client
        </Anchor>
      </Stack>
    );
  }
  return <SessionEditor key={clientId} client={client.data} goals={goals.data ?? []} userId={user.id} />;
}
