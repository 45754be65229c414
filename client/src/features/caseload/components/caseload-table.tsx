import { Anchor, Avatar, Group, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { RATING_MAX, RATING_MIN } from '@securebase/shared';
import { Link, useNavigate } from 'react-router';
import { Sparkline } from '../../../components/charts/sparkline';
import { TableScroll } from '../../../components/table-scroll';
import { clientDisplayName, clientInitials } from '../../../lib/names';
import { AttachmentStyleBadge } from '../../clients/components/attachment-style-badge';
import { ClientStatusBadge } from '../../clients/components/client-status-badge';
import type { SortDirection, SortKey } from '../caseload-filters';
import { trendWords, type CaseloadRow } from '../caseload-rows';
import { FlagBadge } from './flag-badge';
import { LastSession } from './last-session';
import './caseload.css';

// On a narrow window the attachment style column folds into the client cell (caseload.css).
const COLUMNS: { key: SortKey; label: string; numeric?: boolean; className?: string }[] = [
  { key: 'name', label: 'Client' },
  { key: 'attachment', label: 'Attachment style', className: 'sb-col-style' },
  { key: 'lastSession', label: 'Last session' },
  { key: 'sessions', label: 'Sessions in 30 days', numeric: true },
  { key: 'trend', label: 'Goal trend' },
  { key: 'flags', label: 'Flags' },
];

function Dash({ words }: { words: string }) {
  return (
    <Text span c="dimmed" size="sm">
      <span aria-hidden>—</span>
      <VisuallyHidden>{words}</VisuallyHidden>
    </Text>
  );
}

function GoalTrend({ row }: { row: CaseloadRow }) {
  const trend = row.figures?.goalTrend ?? [];
  if (!row.figures) return <Dash words="Not shown for discharged clients" />;
  if (trend.length === 0) return <Dash words="No goal ratings yet" />;
  const first = trend[0].meanRating.toFixed(1);
  const last = trend[trend.length - 1].meanRating.toFixed(1);
  return (
    <span className="sb-trend">
      <Sparkline
        points={trend.map((p) => ({ y: p.meanRating }))}
        width={72}
        height={24}
        min={RATING_MIN}
        max={RATING_MAX}
        label={trendWords(trend)}
      />
      <Text span size="xs" c="dimmed" className="tabular-figures sb-trend-words" aria-hidden>
        {trend.length > 1 ? `${first} → ${last}` : first}
      </Text>
    </span>
  );
}

function CaseloadRowView({ row, today }: { row: CaseloadRow; today: string }) {
  const navigate = useNavigate();
  const { client, figures } = row;
  const href = `/clients/${client.id}`;
  return (
    // The row is a large mouse target; the name link is the keyboard and screen-reader path.
    <tr onClick={() => void navigate(href)}>
      <td>
        <Group gap="sm" wrap="nowrap">
          <Avatar size="md" radius="xl" color="indigo" aria-hidden className="sb-avatar">
            {clientInitials(client)}
          </Avatar>
          <Stack gap={2}>
            <Anchor component={Link} to={href} fw={500} c="dark" onClick={(e) => e.stopPropagation()}>
              {clientDisplayName(client)}
            </Anchor>
            {client.pronouns && (
              <Text size="xs" c="dimmed">
                {client.pronouns}
              </Text>
            )}
            <div className="sb-style-inline">
              <AttachmentStyleBadge style={client.attachmentStyle} />
            </div>
            {client.status === 'discharged' && (
              <div>
                <ClientStatusBadge status={client.status} />
              </div>
            )}
          </Stack>
        </Group>
      </td>
      <td className="sb-col-style">
        <AttachmentStyleBadge style={client.attachmentStyle} />
      </td>
      <td onClick={(e) => e.stopPropagation()}>
        {figures?.lastSessionAt ? (
          <LastSession at={figures.lastSessionAt} today={today} />
        ) : (
          <Dash words={figures ? 'No session yet' : 'Not shown for discharged clients'} />
        )}
      </td>
      <td className="num sb-num">{figures ? figures.sessionsLast30Days : <Dash words="Not shown for discharged clients" />}</td>
      <td>
        <GoalTrend row={row} />
      </td>
      <td>
        {row.flags.length > 0 ? (
          <div className="sb-flags">
            {row.flags.map((flag) => (
              <FlagBadge key={flag} flag={flag} />
            ))}
          </div>
        ) : (
          <Dash words={figures ? 'No flags' : 'Not shown for discharged clients'} />
        )}
      </td>
    </tr>
  );
}

interface CaseloadTableProps {
  rows: CaseloadRow[];
  busy: boolean;
  sort: SortKey;
  dir: SortDirection;
  onSort: (key: SortKey) => void;
  caption: string;
  today: string;
}

export function CaseloadTable({ rows, busy, sort, dir, onSort, caption, today }: CaseloadTableProps) {
  return (
    <TableScroll minWidth={0}>
      <table className="sb-table sb-table-clickable sb-caseload" aria-busy={busy} style={{ opacity: busy ? 0.6 : 1 }}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const sorted = column.key === sort;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sorted ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  className={[column.numeric ? 'sb-num' : '', column.className ?? ''].join(' ').trim() || undefined}
                >
                  <button type="button" className="sb-sort" onClick={() => onSort(column.key)}>
                    {column.label}
                    <span className="sb-sort-mark" aria-hidden>
                      {sorted ? (dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CaseloadRowView key={row.client.id} row={row} today={today} />
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
