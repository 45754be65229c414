import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { clientKeys, type ClientListFilters } from '../../clients/api/client-keys';

export type ClientPage = components['schemas']['ClientListDto'];
export type ClientListItem = ClientPage['items'][number];

export const PAGE_SIZE = 50;

export function listClients(filters: ClientListFilters, cursor?: string): Promise<ClientPage> {
  const q = filters.q.trim();
  return unwrap(
    api.GET('/api/clients', {
      params: { query: { status: filters.status, q: q || undefined, cursor, limit: PAGE_SIZE } },
    }),
  );
}

export function clientListQuery(filters: ClientListFilters) {
  return infiniteQueryOptions({
    queryKey: clientKeys.list(filters),
    queryFn: ({ pageParam }) => listClients(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useClientList(filters: ClientListFilters, enabled = true) {
  // Keep the current rows on screen while a new filter loads, so the table does not flicker.
  return useInfiniteQuery({ ...clientListQuery(filters), placeholderData: keepPreviousData, enabled });
}
