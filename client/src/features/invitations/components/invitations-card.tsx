import { Badge, Button, Group, Modal, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { InvitationStatus } from '@securebase/shared';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { TableScroll } from '../../../components/table-scroll';
import { formatCalendarDate, formatInstant } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useInvitations, type Invitation } from '../api/list-invitations';
import { useShowInvitationLink } from '../api/show-invitation-link';
import { useVoidInvitation } from '../api/void-invitation';
import { canShowLink, canVoid, deliveryWords, instrumentNames, INVITATION_STATUS_LABELS } from '../invitation-rules';
import { InvitationLink } from './invitation-link';

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

/** "Show link" for a scheduled link: fetched on press, shown in the same panel as a link sent by hand, kept nowhere. */
function ShowLinkButton({ invitation, clientName, label }: { invitation: Invitation; clientName: string; label: string }) {
  const show = useShowInvitationLink();
  const [url, setUrl] = useState<string | null>(null);
  return (
    <>
      <Button variant="subtle" size="compact-sm" loading={show.isPending} onClick={() => show.mutate(invitation.id, { onSuccess: setUrl })}>
        Show link<VisuallyHidden> {label}</VisuallyHidden>
      </Button>
      {show.isError && (
        <Text size="xs" c="red.8" role="alert">
          {describeError(show.error)}
        </Text>
      )}
      <Modal opened={url !== null} onClose={() => setUrl(null)} title={`Questionnaire link for ${clientName}`} size="lg">
        {url && <InvitationLink invitation={{ ...invitation, url }} clientName={clientName} onDone={() => setUrl(null)} shownOnce={false} />}
      </Modal>
    </>
  );
}

interface RowProps {
  invitation: Invitation;
  clientId: string;
  clientName: string;
  canWrite: boolean;
  scheduled: boolean;
}

function InvitationRow({ invitation, clientId, clientName, canWrite, scheduled }: RowProps) {
  const voiding = useVoidInvitation(clientId);
  const when = scheduled && invitation.dueOn ? formatCalendarDate(invitation.dueOn) : formatInstant(invitation.createdAt);
  const label = scheduled ? `due ${when}` : `sent ${when}`;
  const delivery = deliveryWords(invitation);
  return (
    <tr data-invitation-id={invitation.id} data-status={invitation.status}>
      <td className="num sb-nowrap">{when}</td>
      {!scheduled && (
        <td>
          {instrumentNames(invitation.instruments)}
          {invitation.includeGoals && (
            <Text span size="sm" c="dimmed">
              {' '}
              + goals
            </Text>
          )}
        </td>
      )}
      <td>
        <StatusBadge status={invitation.status} />
        {delivery && (
          <Text size="xs" c={invitation.deliveryError ? 'red.8' : 'dimmed'} mt={2}>
            {delivery}
          </Text>
        )}
      </td>
      <td className="num sb-nowrap">
        {invitation.completedAt ? `Answered ${formatInstant(invitation.completedAt)}` : `Until ${formatInstant(invitation.expiresAt)}`}
      </td>
      <td className="sb-nowrap">
        {canWrite && canShowLink(invitation) && <ShowLinkButton invitation={invitation} clientName={clientName} label={`for the link ${label}`} />}
        {canWrite && canVoid(invitation.status) && (
          <Button variant="subtle" color="red" size="compact-sm" loading={voiding.isPending} onClick={() => voiding.mutate(invitation.id)}>
            Void<VisuallyHidden> the link {label}</VisuallyHidden>
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

interface InvitationTableProps {
  invitations: Invitation[];
  clientId: string;
  clientName: string;
  canWrite: boolean;
  /** A schedule's links: dated by their due date, and the schedule names the questionnaires. */
  scheduled?: boolean;
}

/** Links and where each stands: status, what the email did, and the actions a usable link has. */
export function InvitationTable({ invitations, clientId, clientName, canWrite, scheduled = false }: InvitationTableProps) {
  return (
    <TableScroll minWidth={scheduled ? 520 : 620}>
      <table className="sb-table">
        <thead>
          <tr>
            <th scope="col">{scheduled ? 'Due' : 'Sent'}</th>
            {!scheduled && <th scope="col">Questionnaires</th>}
            <th scope="col">Status</th>
            <th scope="col">Answered or works until</th>
            <th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <InvitationRow
              key={invitation.id}
              invitation={invitation}
              clientId={clientId}
              clientName={clientName}
              canWrite={canWrite}
              scheduled={scheduled}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The links sent by hand and where each stands (a schedule's links are under their schedule). Nothing while there are none. */
export function InvitationsCard({ clientId, clientName, canWrite }: { clientId: string; clientName: string; canWrite: boolean }) {
  const headingId = useId();
  const list = useInvitations(clientId);
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} title="The questionnaire links could not be loaded" />;
  const byHand = list.data?.filter((i) => i.source === 'manual') ?? [];
  if (byHand.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4" id={headingId}>
            Questionnaire links
          </Title>
          <Text size="sm" c="dimmed">
            Sent by hand, to answer on the client’s own device
          </Text>
        </Group>
        <InvitationTable invitations={byHand} clientId={clientId} clientName={clientName} canWrite={canWrite} />
      </Stack>
    </Paper>
  );
}
