import type { ClientListFilters, ClientStatusFilter } from '../clients/api/client-keys';
import type { DashboardFlag } from './api/get-dashboard';

const STATUSES: readonly ClientStatusFilter[] = ['active', 'discharged', 'all'];

export const FLAGS: readonly DashboardFlag[] = [
  // An open alert outranks everything: it stays until a clinician resolves it.
  'safety_alert',
  'safety_item',
  'reliably_worse',
  'no_session_30_days',
  // Supervision: a note sent back to its author, a supervisee's note waiting for the supervisor.
  'returned_notes',
  // Results the client sent, waiting for the clinician to read them.
  'new_results',
  // A scheduled questionnaire that expired unanswered.
  'measure_overdue',
  'awaiting_cosign',
  'unsigned_notes',
];

/** '' shows everyone; 'any' only flagged clients; a flag only clients with it. */
export type FlagFilter = '' | 'any' | DashboardFlag;

export const SORT_KEYS = ['flags', 'name', 'attachment', 'lastSession', 'sessions', 'trend'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** The direction a column sorts in when first chosen: the most telling end first. */
export const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  flags: 'desc',
  name: 'asc',
  attachment: 'asc',
  lastSession: 'desc',
  sessions: 'desc',
  trend: 'desc',
};

export interface CaseloadFilters extends ClientListFilters {
  flag: FlagFilter;
  sort: SortKey;
  dir: SortDirection;
}

export const DEFAULT_CASELOAD: CaseloadFilters = { status: 'active', q: '', flag: '', sort: 'flags', dir: 'desc' };

/** Filters and sort live in the address (?status=&q=&flag=&sort=&dir=), so Back and a shared link keep them. */
export function parseCaseloadFilters(params: URLSearchParams): CaseloadFilters {
  const status = params.get('status');
  const flag = params.get('flag') ?? '';
  const sort = params.get('sort');
  const sortKey = SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : DEFAULT_CASELOAD.sort;
  const dir = params.get('dir');
  return {
    status: STATUSES.includes(status as ClientStatusFilter) ? (status as ClientStatusFilter) : 'active',
    q: params.get('q') ?? '',
    flag: flag === 'any' || FLAGS.includes(flag as DashboardFlag) ? (flag as FlagFilter) : '',
    sort: sortKey,
    dir: dir === 'asc' || dir === 'desc' ? dir : FIRST_DIRECTION[sortKey],
  };
}

export function caseloadSearch(filters: CaseloadFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status !== 'active') params.set('status', filters.status);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.flag) params.set('flag', filters.flag);
  if (filters.sort !== DEFAULT_CASELOAD.sort) params.set('sort', filters.sort);
  if (filters.dir !== FIRST_DIRECTION[filters.sort]) params.set('dir', filters.dir);
  return params;
}

/** A header clicked: the same column turns round, another starts at its telling end. */
export function nextSort(filters: CaseloadFilters, key: SortKey): CaseloadFilters {
  if (filters.sort === key) return { ...filters, dir: filters.dir === 'asc' ? 'desc' : 'asc' };
  return { ...filters, sort: key, dir: FIRST_DIRECTION[key] };
}

/** Flags are worked out for active clients only (the dashboard's); discharged ones have none. */
export function flagFilterApplies(filters: Pick<CaseloadFilters, 'status'>): boolean {
  return filters.status !== 'discharged';
}

/** The one sentence of an empty caseload, which says why it is empty. */
export function emptyCaseloadMessage(filters: Pick<CaseloadFilters, 'status' | 'q'> & Partial<Pick<CaseloadFilters, 'flag'>>): string {
  const q = filters.q.trim();
  const who = `${filters.status === 'all' ? '' : `${filters.status} `}clients`;
  if (filters.flag === 'any' && flagFilterApplies(filters)) {
    return q ? `No flagged ${who} match “${q}”.` : `No ${who} are flagged.`;
  }
  if (filters.flag && filters.flag !== 'any' && flagFilterApplies(filters)) {
    const flag = `“${FLAG_WORDS[filters.flag]}”`;
    return q ? `No ${who} with ${flag} match “${q}”.` : `No ${who} have ${flag}.`;
  }
  if (q) return `No ${who} match “${q}”.`;
  if (filters.status === 'active') return 'You have no active clients yet.';
  if (filters.status === 'discharged') return 'No clients have been discharged.';
  return 'You have no clients yet.';
}

/** What each flag says, as the table shows it (docs/screens.md, "Caseload"). */
export const FLAG_WORDS: Record<DashboardFlag, string> = {
  safety_alert: 'Safety alert',
  safety_item: 'Safety item',
  reliably_worse: 'Reliably worse',
  new_results: 'New results',
  measure_overdue: 'Questionnaire overdue',
  no_session_30_days: 'No session 30 days',
  returned_notes: 'Returned notes',
  awaiting_cosign: 'Waiting for your co-signature',
  unsigned_notes: 'Unsigned notes',
};
