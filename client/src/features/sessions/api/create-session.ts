import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { afterSessionWrite } from './invalidate-session';
import type { SessionBody, TherapySession } from './session-types';

/** Saves a new session; the server keeps it as a draft until it is signed. */
export function createSession(clientId: string, body: SessionBody): Promise<TherapySession> {
  return unwrap(
    api.POST('/api/clients/{id}/sessions', {
      params: { path: { id: clientId } },
      body,
    }),
  );
}

export function useCreateSession(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionBody) => createSession(clientId, body),
    onSuccess: (session) => afterSessionWrite(queryClient, session),
  });
}
