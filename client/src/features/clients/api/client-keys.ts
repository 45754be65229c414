// Cache keys for client records. Every client query starts with 'clients' so a discharge or an
// edit can refresh the caseload and the record page together.
export type ClientStatusFilter = 'active' | 'discharged' | 'all';

export interface ClientListFilters {
  status: ClientStatusFilter;
  q: string;
}

export const clientKeys = {
  all: ['clients'] as const,
  lists: () => [...clientKeys.all, 'list'] as const,
  list: (filters: ClientListFilters) => [...clientKeys.lists(), filters] as const,
  detail: (id: string) => [...clientKeys.all, 'detail', id] as const,
};
