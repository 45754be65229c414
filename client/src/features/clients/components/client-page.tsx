import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { clientDisplayName } from '../../../lib/names';
import { useSignedInUser } from '../../auth/api/get-current-user';
import { useClient } from '../api/get-client';
import { ClientDetailsCard } from './client-details-card';
import { ClientHeader } from './client-header';
import { DischargeClientModal } from './discharge-client-modal';
import { EditClientDetails } from './edit-client-details';

export function ClientPage() {
  const { clientId = '' } = useParams();
  const user = useSignedInUser();
  const { data: client, error, isPending, refetch } = useClient(clientId);
  const [editing, setEditing] = useState(false);
  const [discharging, setDischarging] = useState(false);
  usePageTitle(client ? clientDisplayName(client) : 'Client');

  if (isPending) return <PageLoader label="Loading the client record…" />;
  if (error) {
    return (
      <Stack maw={640}>
        <ErrorAlert error={error} subject="client" onRetry={() => void refetch()} />
        <Anchor component={Link} to="/caseload">
          Back to caseload
        </Anchor>
      </Stack>
    );
  }

  // Supervisors read their supervisees' clients but never edit them (PRODUCT.md).
  const onCareTeam = client.primaryClinicianId === user.id || client.careTeam.includes(user.id);

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/caseload" size="sm" className="no-print">
        ← Caseload
      </Anchor>
      <ClientHeader
        client={client}
        canEdit={onCareTeam && !editing}
        onEdit={() => setEditing(true)}
        onDischarge={() => setDischarging(true)}
      />
      {editing ? (
        <EditClientDetails client={client} onDone={() => setEditing(false)} />
      ) : (
        <ClientDetailsCard client={client} readOnly={!onCareTeam} />
      )}
      <DischargeClientModal client={client} opened={discharging} onClose={() => setDischarging(false)} />
    </Stack>
  );
}
