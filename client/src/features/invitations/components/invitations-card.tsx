import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { InvitationStatus } from '@securebase/shared';
import { useId } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { TableScroll } from '../../../components/table-scroll';
import { formatInstant } from '../../../lib/dates';
import { useInvitations, type Invitation } from '../api/list-invitations';
import { useVoidInvitation } from '../api/void-invitation';
import { canVoid, instrumentNames, INVITATION_STATUS_LABELS } from '../invitation-rules';

// The word carries the meaning; the tint only echoes it. Text is near-black on every tint: teal 9
// on Mantine's light teal measured 4.32:1, under AA.
const STATUS_STYLES: Record<InvitationStatus, { variant: string; color: string }> = {
  pending: { variant: 'light', color: 'indigo' },
  opened: { variant: 'light', color: 'indigo' },
  completed: { variant: 'light', color: 'teal' },
  expired: { variant: 'outline', color: 'gray' },
  voided: { variant: 'outline', color: 'gray' },
};

function StatusBadge({ status }: { status: InvitationStatus }) {
  return (
    <Badge {...STATUS_STYLES[status]} c="dark.7" radius="sm" tt="none" fw={600}>
      {INVITATION_STATUS_LABELS[status]}
    </Badge>
  );
}

function InvitationRow({ invitation, clientId, canWrite }: { invitation: Invitation; clientId: string; canWrite: boolean }) {
  const voiding = useVoidInvitation(clientId);
  const sent = formatInstant(invitation.createdAt);
  return (
    <tr data-invitation-id={invitation.id} data-status={invitation.status}>
      <td className="num sb-nowrap">{sent}</td>
      <td>
        {instrumentNames(invitation.instruments)}
        {invitation.includeGoals && (
          <Text span size="sm" c="dimmed">
            {' '}
            + goals
          </Text>
        )}
      </td>
      <td>
        <StatusBadge status={invitation.status} />
        {invitation.deliveryError && (
          <Text size="xs" c="red.8">
            Not delivered: {invitation.deliveryError}
          </Text>
        )}
      </td>
      <td className="num sb-nowrap">
        {invitation.completedAt ? `Answered ${formatInstant(invitation.completedAt)}` : `Until ${formatInstant(invitation.expiresAt)}`}
      </td>
      <td className="sb-nowrap">
        {canWrite && canVoid(invitation.status) && (
          <Button variant="subtle" color="red" size="compact-sm" loading={voiding.isPending} onClick={() => voiding.mutate(invitation.id)}>
            Void<VisuallyHidden> the link sent {sent}</VisuallyHidden>
          </Button>
        )}
        {voiding.isError && (
          <Text size="xs" c="red.8" role="alert">
            Not voided; try again.
          </Text>
        )}
      </td>
    </tr>
  );
}

/** The client's questionnaire links and where each stands; a link still usable can be voided. Nothing while there are none. */
export function InvitationsCard({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const headingId = useId();
  const list = useInvitations(clientId);
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} title="The questionnaire links could not be loaded" />;
  if (!list.data || list.data.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4" id={headingId}>
            Questionnaire links
          </Title>
          <Text size="sm" c="dimmed">
            Sent to the client to answer on their own device
          </Text>
        </Group>
        <TableScroll minWidth={620}>
          <table className="sb-table">
            <thead>
              <tr>
                <th scope="col">Sent</th>
                <th scope="col">Questionnaires</th>
                <th scope="col">Status</th>
                <th scope="col">Answered or works until</th>
                <th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((invitation) => (
                <InvitationRow key={invitation.id} invitation={invitation} clientId={clientId} canWrite={canWrite} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Stack>
    </Paper>
  );
}
