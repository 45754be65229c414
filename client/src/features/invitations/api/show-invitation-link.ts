import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

/** A scheduled link again, to copy (it is kept sealed for its email); never cached. */
export function showInvitationLink(id: string): Promise<string> {
  return unwrap(api.POST('/api/invitations/{id}/link', { params: { path: { id } } })).then((r) => r.url);
}

export function useShowInvitationLink() {
  return useMutation({ mutationFn: showInvitationLink });
}
