import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { afterSessionWrite } from './invalidate-session';
import type { TherapySession } from './session-types';

/** Signs a draft. With `version`, only the version the clinician read gets signed (else 409). */
export function signSession(id: string, version?: number): Promise<TherapySession> {
  return unwrap(api.POST('/api/sessions/{id}/sign', { params: { path: { id } }, body: version === undefined ? {} : { version } }));
}

export function useSignSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version?: number }) => signSession(id, version),
    onSuccess: (session) => afterSessionWrite(queryClient, session),
  });
}
