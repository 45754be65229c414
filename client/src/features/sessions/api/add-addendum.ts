import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { sessionKeys } from './session-keys';
import type { Addendum, TherapySession } from './session-types';

/** Adds a dated note to a signed session; addenda are never edited. */
export function addAddendum(sessionId: string, text: string): Promise<Addendum> {
  return unwrap(api.POST('/api/sessions/{id}/addenda', { params: { path: { id: sessionId } }, body: { text } }));
}

export function useAddAddendum(session: Pick<TherapySession, 'id' | 'clientId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => addAddendum(session.id, text),
    onSuccess: (addendum) => {
      queryClient.setQueryData<TherapySession>(sessionKeys.detail(session.id), (current) =>
        current && !current.addenda.some((a) => a.id === addendum.id) ? { ...current, addenda: [...current.addenda, addendum] } : current,
      );
      return queryClient.invalidateQueries({ queryKey: sessionKeys.list(session.clientId) });
    },
  });
}
