import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { invitationKeys } from './invitation-keys';

export type NewInvitation = components['schemas']['CreateInvitationDto'];
/** The only answer that carries the link (`url`); it is kept in the dialog's state and nowhere else. */
export type SentInvitation = components['schemas']['CreatedInvitationDto'];

export function createInvitation(clientId: string, body: NewInvitation): Promise<SentInvitation> {
  return unwrap(api.POST('/api/clients/{id}/invitations', { params: { path: { id: clientId } }, body }));
}

export function useCreateInvitation(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewInvitation) => createInvitation(clientId, body),
    // The list is refetched (it never holds the link); the answer itself is not put in any cache.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.list(clientId) }),
  });
}
