import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { clientKeys } from './client-keys';
import type { ClientRecord } from './get-client';

export type NewClient = components['schemas']['CreateClientDto'];

export function createClient(body: NewClient): Promise<ClientRecord> {
  return unwrap(api.POST('/api/clients', { body }));
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClient,
    onSuccess: (client) => {
      queryClient.setQueryData(clientKeys.detail(client.id), client);
      return queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
    },
  });
}
