import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { clientKeys } from './client-keys';

export function addCareTeamMember(clientId: string, userId: string) {
  return unwrap(api.POST('/api/clients/{id}/care-team', { params: { path: { id: clientId } }, body: { userId } }));
}

export function useAddCareTeamMember(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => addCareTeamMember(clientId, userId),
    // The new member sees the client in their caseload; re-read the record and the lists.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all }),
  });
}
