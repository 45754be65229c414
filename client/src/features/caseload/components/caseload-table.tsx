import { Anchor, Avatar, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { formatCalendarDate } from '../../../lib/dates';
import { clientDisplayName, clientInitials } from '../../../lib/names';
import { AttachmentStyleBadge } from '../../clients/components/attachment-style-badge';
import { ClientStatusBadge } from '../../clients/components/client-status-badge';
import type { ClientListItem } from '../api/list-clients';
import { TableScroll } from '../../../components/table-scroll';

// Last session, sessions in 30 days, goal trend and flags come with GET /api/dashboard (a later issue).
const COLUMNS = ['Client', 'Attachment style', 'Intake date', 'Status'];

function CaseloadRow({ client }: { client: ClientListItem }) {
  const navigate = useNavigate();
  const href = `/clients/${client.id}`;
  return (
    // The row is a large mouse target; the name link is the keyboard and screen-reader path.
    <tr onClick={() => void navigate(href)}>
      <td>
        <Group gap="sm" wrap="nowrap">
          <Avatar size="md" radius="xl" color="indigo" aria-hidden>
            {clientInitials(client)}
          </Avatar>
          <Stack gap={0}>
            <Anchor component={Link} to={href} fw={500} c="dark" onClick={(e) => e.stopPropagation()}>
              {clientDisplayName(client)}
            </Anchor>
            {client.pronouns && (
              <Text size="xs" c="dimmed">
                {client.pronouns}
              </Text>
            )}
          </Stack>
        </Group>
      </td>
      <td>
        <AttachmentStyleBadge style={client.attachmentStyle} />
      </td>
      <td className="num">{formatCalendarDate(client.intakeDate)}</td>
      <td>
        <ClientStatusBadge status={client.status} />
      </td>
    </tr>
  );
}

export function CaseloadTable({ clients, busy }: { clients: ClientListItem[]; busy: boolean }) {
  return (
    <TableScroll minWidth={640}>
      <table className="sb-table sb-table-clickable" aria-busy={busy} style={{ opacity: busy ? 0.6 : 1 }}>
        <caption>
          {clients.length} {clients.length === 1 ? 'client' : 'clients'} shown
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => (
            <CaseloadRow key={client.id} client={client} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function CaseloadTableSkeleton() {
  return (
    <Stack gap="xs" role="status" aria-label="Loading the caseload">
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} height={48} radius="sm" />
      ))}
    </Stack>
  );
}
