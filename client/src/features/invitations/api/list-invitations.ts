import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { invitationKeys } from './invitation-keys';

export type Invitation = components['schemas']['InvitationDto'];

/** The client's questionnaire links, newest first; never the link itself (it is shown once, when sent). */
export function listInvitations(clientId: string): Promise<Invitation[]> {
  return unwrap(api.GET('/api/clients/{id}/invitations', { params: { path: { id: clientId } } })).then((page) => page.items);
}

export function useInvitations(clientId: string) {
  return useQuery({ queryKey: invitationKeys.list(clientId), queryFn: () => listInvitations(clientId) });
}
