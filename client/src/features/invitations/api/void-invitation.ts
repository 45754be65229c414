import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { invitationKeys } from './invitation-keys';
import type { Invitation } from './list-invitations';

export function voidInvitation(id: string): Promise<Invitation> {
  return unwrap(api.POST('/api/invitations/{id}/void', { params: { path: { id } } }));
}

export function useVoidInvitation(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: voidInvitation,
    onSuccess: (voided) => {
      queryClient.setQueryData<Invitation[]>(invitationKeys.list(clientId), (list) => list?.map((i) => (i.id === voided.id ? voided : i)));
      return queryClient.invalidateQueries({ queryKey: invitationKeys.list(clientId) });
    },
  });
}
