import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { afterSessionWrite } from './invalidate-session';
import type { SessionBody, TherapySession } from './session-types';

export type SessionUpdate = SessionBody & { version: number };

/** Replaces a draft's fields and its ratings, patterns and notes. A stale version or a signed session: 409. */
export function updateSession(id: string, body: SessionUpdate): Promise<TherapySession> {
  return unwrap(
    api.PATCH('/api/sessions/{id}', {
      params: { path: { id } },
      body,
    }),
  );
}

export function useUpdateSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionUpdate) => updateSession(id, body),
    onSuccess: (session) => afterSessionWrite(queryClient, session),
  });
}
