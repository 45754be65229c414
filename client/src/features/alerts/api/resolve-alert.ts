import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { clientKeys } from '../../clients/api/client-keys';
import { alertKeys } from './alert-keys';
import type { SafetyAlert } from './list-alerts';

export function resolveAlert(id: string, note: string): Promise<SafetyAlert> {
  return unwrap(api.POST('/api/alerts/{id}/resolve', { params: { path: { id } }, body: { note } }));
}

export function useResolveAlert(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) => resolveAlert(id, note),
    // The banner goes, and the caseload's "Safety alert" flag with it (the dashboard sits under the lists' key).
    onSuccess: (resolved) => {
      queryClient.setQueryData<SafetyAlert[]>(alertKeys.open(clientId), (list) => list?.filter((a) => a.id !== resolved.id));
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: alertKeys.open(clientId) }),
        queryClient.invalidateQueries({ queryKey: clientKeys.lists() }),
      ]);
    },
  });
}
