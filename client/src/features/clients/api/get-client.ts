import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { clientKeys } from './client-keys';

export type ClientRecord = components['schemas']['ClientDto'];

export function getClient(id: string): Promise<ClientRecord> {
  return unwrap(api.GET('/api/clients/{id}', { params: { path: { id } } }));
}

export function clientQuery(id: string) {
  return queryOptions({ queryKey: clientKeys.detail(id), queryFn: () => getClient(id) });
}

export function useClient(id: string) {
  return useQuery(clientQuery(id));
}
