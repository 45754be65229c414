import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatInstant } from '../../../lib/dates';
import type { AuditEvent } from '../api/list-audit-events';
import { actorWithoutAccount, AUDIT_ACTION_LABELS, entityLabel, outcomeLabel, shortId } from '../audit-labels';
import { TableScroll } from '../../../components/table-scroll';

interface AuditTableProps {
  events: AuditEvent[];
  names: Map<string, string>;
  clientNames?: Map<string, string>;
  /** Admins have no clinical access, so client ids are not links for them. */
  linkClients: boolean;
  busy: boolean;
}

export function AuditTable({ events, names, clientNames, linkClients, busy }: AuditTableProps) {
  return (
    <TableScroll minWidth={860}>
      <table className="sb-table sb-table-compact" aria-busy={busy} style={{ opacity: busy ? 0.6 : 1 }}>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Record</th>
            <th scope="col">Client</th>
            <th scope="col">Outcome</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className="num sb-nowrap">{formatInstant(event.at)}</td>
              <td>{event.actorId ? (names.get(event.actorId) ?? shortId(event.actorId)) : actorWithoutAccount(event.action)}</td>
              <td>{AUDIT_ACTION_LABELS[event.action]}</td>
              <td>{entityLabel(event.entityType)}</td>
              <td>
                {!event.clientId ? (
                  '—'
                ) : linkClients ? (
                  <Anchor component={Link} to={`/clients/${event.clientId}`} size="sm">
                    {clientNames?.get(event.clientId) ?? shortId(event.clientId)}
                  </Anchor>
                ) : (
                  shortId(event.clientId)
                )}
              </td>
              <td>
                <Badge variant="light" color={event.outcome === 'success' ? 'gray' : 'red'} tt="none" fw={500} radius="sm">
                  {outcomeLabel(event.outcome)}
                </Badge>
              </td>
              <td className="num">
                <Text size="xs" c="dimmed">
                  {event.ip ?? '—'}
                </Text>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
