import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { TherapySession } from '../../sessions/api/session-types';
import { afterSessionWrite } from '../../sessions/api/invalidate-session';
import { reviewKeys } from './review-keys';

/** The author's supervisor co-signs: the session becomes signed and final. */
export function cosignSession(id: string): Promise<TherapySession> {
  return unwrap(api.POST('/api/sessions/{id}/cosign', { params: { path: { id } } }));
}

/** The author's supervisor sends the session back to its author's drafts with a comment. */
export function returnSession(id: string, comment: string): Promise<TherapySession> {
  return unwrap(api.POST('/api/sessions/{id}/return', { params: { path: { id } }, body: { comment } }));
}

function useReviewMutation<Input>(send: (input: Input) => Promise<TherapySession>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (session) => Promise.all([afterSessionWrite(queryClient, session), queryClient.invalidateQueries({ queryKey: reviewKeys.all })]),
  });
}

export const useCosignSession = () => useReviewMutation((id: string) => cosignSession(id));
export const useReturnSession = () => useReviewMutation(({ id, comment }: { id: string; comment: string }) => returnSession(id, comment));
