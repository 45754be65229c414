import { Alert, Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { useSignedInUser } from '../../auth/api/get-current-user';
import { useClient } from '../../clients/api/get-client';
import { isOnCareTeam } from '../../clients/client-access';
import { clientTabPath } from '../../clients/client-tabs';
import { MeasureEditor } from './measure-editor';

/** /clients/:clientId/measures/new */
export function RecordMeasurePage() {
  const { clientId = '' } = useParams();
  const user = useSignedInUser();
  const client = useClient(clientId);
  usePageTitle('Record questionnaire');

  if (client.isPending) return <PageLoader label="Opening the questionnaire form…" />;
  if (client.isError) {
    return (
      <Stack maw={640}>
        <ErrorAlert error={client.error} subject="client" onRetry={() => void client.refetch()} />
        <Anchor component={Link} to="/caseload">
          Back to caseload
        </Anchor>
      </Stack>
    );
  }
  if (!isOnCareTeam(client.data, user.id)) {
    return (
      <Stack maw={640}>
        <Alert color="gray" variant="light" title="Read only">
          You can read this client's record but not record questionnaires for them: you are not on their care team.
        </Alert>
        <Anchor component={Link} to={clientTabPath(clientId, 'questionnaires')}>
          Back to the client
        </Anchor>
      </Stack>
    );
  }
  return <MeasureEditor key={clientId} client={client.data} userId={user.id} />;
}
