import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { PageNotLoaded } from '../../../components/page-not-loaded';
import { useSignedInUser } from '../../auth/api/get-current-user';
import { useClient } from '../../clients/api/get-client';
import { isOnCareTeam } from '../../clients/client-access';
import { NotOnCareTeam } from '../../clients/components/client-write-refusals';
import { MeasureEditor } from './measure-editor';

/** /clients/:clientId/measures/new */
export function RecordMeasurePage() {
  const { clientId = '' } = useParams();
  const user = useSignedInUser();
  const client = useClient(clientId);
  usePageTitle('Record questionnaire');

  if (client.isPending) return <PageLoader label="Opening the questionnaire form…" />;
  if (client.isError) return <PageNotLoaded error={client.error} subject="client" onRetry={() => void client.refetch()} />;
  if (!isOnCareTeam(client.data, user.id)) {
    return <NotOnCareTeam clientId={clientId} writing="record questionnaires" backTo="questionnaires" />;
  }
  return <MeasureEditor key={clientId} client={client.data} userId={user.id} />;
}
