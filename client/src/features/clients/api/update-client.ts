import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { clientKeys } from './client-keys';
import type { ClientRecord } from './get-client';

export type ClientUpdate = components['schemas']['UpdateClientDto'];

export function updateClient(id: string, body: ClientUpdate): Promise<ClientRecord> {
  return unwrap(api.PATCH('/api/clients/{id}', { params: { path: { id } }, body }));
}

export function useUpdateClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClientUpdate) => updateClient(id, body),
    onSuccess: (client) => {
      queryClient.setQueryData(clientKeys.detail(id), client);
      return queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
    },
  });
}
