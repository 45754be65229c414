import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { clientKeys } from './client-keys';

export type Discharge = components['schemas']['DischargeClientDto'];

export function dischargeClient(id: string, body: Discharge) {
  return unwrap(api.POST('/api/clients/{id}/discharge', { params: { path: { id } }, body }));
}

export function useDischargeClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Discharge) => dischargeClient(id, body),
    // The answer's shape is the server's to choose; re-read the record rather than assume it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all }),
  });
}
