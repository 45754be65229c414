import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { clientDisplayName } from '../../../lib/names';
import { clientKeys } from '../../clients/api/client-keys';

/**
 * Names of the clients the caller may see, so the audit trail can say "Maya Lindqvist" rather
 * than an id. One page of the largest size; anything beyond it keeps its short id.
 */
export async function listClientNames(): Promise<Map<string, string>> {
  const { items } = await unwrap(api.GET('/api/clients', { params: { query: { status: 'all', limit: 200 } } }));
  return new Map(items.map((client) => [client.id, clientDisplayName(client)]));
}

export const clientNamesQuery = queryOptions({
  queryKey: [...clientKeys.all, 'names'] as const,
  queryFn: listClientNames,
});

export function useClientNames(options: { enabled: boolean }) {
  return useQuery({ ...clientNamesQuery, enabled: options.enabled });
}
