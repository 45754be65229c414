// The caseload table's rows: the dashboard's active clients (with their figures and flags), and
// for the discharged and all views the client list's discharged clients (who have no figures).
import { ATTACHMENT_STYLES } from '@securebase/shared';
import type { ClientRecord } from '../clients/api/get-client';
import { clientDisplayName } from '../../lib/names';
import type { DashboardFlag, DashboardRow, TrendPoint } from './api/get-dashboard';
import { FLAGS, type CaseloadFilters, type SortDirection, type SortKey } from './caseload-filters';

export interface CaseloadRow {
  client: ClientRecord;
  /** Null for discharged clients: the dashboard covers active clients only. */
  figures: { lastSessionAt: string | null; sessionsLast30Days: number; goalTrend: TrendPoint[] } | null;
  flags: DashboardFlag[];
}

/** Same weights as the server's order: a safety item above everything, then reliably worse, … */
const FLAG_WEIGHT: Record<DashboardFlag, number> = {
  safety_alert: 10_000,
  safety_item: 1000,
  reliably_worse: 100,
  no_session_30_days: 10,
  returned_notes: 5,
  measure_overdue: 4,
  new_results: 3,
  awaiting_cosign: 2,
  unsigned_notes: 1,
};

export function urgency(flags: readonly DashboardFlag[]): number {
  return flags.reduce((sum, f) => sum + FLAG_WEIGHT[f], 0);
}

/** A client's flags, most urgent first. */
export function orderedFlags(flags: readonly DashboardFlag[]): DashboardFlag[] {
  return FLAGS.filter((f) => flags.includes(f));
}

export function caseloadRows(
  status: CaseloadFilters['status'],
  dashboard: readonly DashboardRow[] | undefined,
  listed: readonly ClientRecord[] | undefined,
): CaseloadRow[] {
  const active: CaseloadRow[] = (dashboard ?? []).map((row) => ({
    client: row.client,
    figures: { lastSessionAt: row.lastSessionAt, sessionsLast30Days: row.sessionsLast30Days, goalTrend: row.goalTrend },
    flags: orderedFlags(row.flags),
  }));
  const discharged: CaseloadRow[] = (listed ?? []).filter((c) => c.status === 'discharged').map((client) => ({ client, figures: null, flags: [] }));
  if (status === 'active') return active;
  if (status === 'discharged') return discharged;
  return [...active, ...discharged];
}

/** Name search as the server does it (first, last or preferred name contains the text), plus the shown name. */
export function matchesName(client: ClientRecord, q: string): boolean {
  const text = q.trim().toLocaleLowerCase();
  if (!text) return true;
  return [client.firstName, client.lastName, client.preferredName ?? '', clientDisplayName(client)].some((n) => n.toLocaleLowerCase().includes(text));
}

export function filterRows(rows: readonly CaseloadRow[], filters: Pick<CaseloadFilters, 'q' | 'flag'>): CaseloadRow[] {
  return rows.filter(
    (row) =>
      matchesName(row.client, filters.q) && (!filters.flag || (filters.flag === 'any' ? row.flags.length > 0 : row.flags.includes(filters.flag))),
  );
}

/** Change in mean goal rating from the first to the latest rated session shown; null without two. */
export function trendChange(trend: readonly TrendPoint[]): number | null {
  if (trend.length < 2) return null;
  return trend[trend.length - 1].meanRating - trend[0].meanRating;
}

const nameKey = (c: ClientRecord) => `${c.lastName} ${c.preferredName || c.firstName}`.toLocaleLowerCase();

/** The value a column sorts on; null sorts last whichever the direction. */
function sortValue(row: CaseloadRow, key: SortKey): number | string | null {
  switch (key) {
    case 'flags':
      return row.figures ? urgency(row.flags) : null;
    case 'name':
      return nameKey(row.client);
    case 'attachment':
      return ATTACHMENT_STYLES.indexOf(row.client.attachmentStyle);
    case 'lastSession':
      return row.figures?.lastSessionAt ?? null;
    case 'sessions':
      return row.figures ? row.figures.sessionsLast30Days : null;
    case 'trend':
      return row.figures ? trendChange(row.figures.goalTrend) : null;
  }
}

/** Sorted by a column, then by name; rows without a value last. */
export function sortRows(rows: readonly CaseloadRow[], key: SortKey, dir: SortDirection): CaseloadRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va !== vb) {
      if (va === null) return 1;
      if (vb === null) return -1;
      return (va < vb ? -1 : 1) * sign;
    }
    const na = nameKey(a.client);
    const nb = nameKey(b.client);
    return na < nb ? -1 : na > nb ? 1 : 0;
  });
}

const one = (n: number) => n.toFixed(1);

/** The sparkline in words: "Mean goal rating 4.2 → 6.8". */
export function trendWords(trend: readonly TrendPoint[]): string {
  if (trend.length === 0) return 'No goal ratings yet';
  if (trend.length === 1) return `Mean goal rating ${one(trend[0].meanRating)}`;
  return `Mean goal rating ${one(trend[0].meanRating)} → ${one(trend[trend.length - 1].meanRating)}`;
}
