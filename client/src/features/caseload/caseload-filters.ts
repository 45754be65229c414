import type { ClientListFilters, ClientStatusFilter } from '../clients/api/client-keys';

const STATUSES: readonly ClientStatusFilter[] = ['active', 'discharged', 'all'];

/** Filters live in the address (?status=&q=), so Back and a shared link keep them. */
export function parseCaseloadFilters(params: URLSearchParams): ClientListFilters {
  const status = params.get('status');
  return {
    status: STATUSES.includes(status as ClientStatusFilter) ? (status as ClientStatusFilter) : 'active',
    q: params.get('q') ?? '',
  };
}

export function caseloadSearch(filters: ClientListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status !== 'active') params.set('status', filters.status);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  return params;
}

/** The one sentence of an empty caseload, which says why it is empty. */
export function emptyCaseloadMessage(filters: ClientListFilters): string {
  const q = filters.q.trim();
  if (q) return `No ${filters.status === 'all' ? '' : `${filters.status} `}clients match “${q}”.`;
  if (filters.status === 'active') return 'You have no active clients yet.';
  if (filters.status === 'discharged') return 'No clients have been discharged.';
  return 'You have no clients yet.';
}
