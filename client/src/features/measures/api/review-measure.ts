import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { clientKeys } from '../../clients/api/client-keys';
import { prepKeys } from '../../prep/api/get-prep';
import type { Measure } from '../measure-groups';
import { measureKeys } from './measure-keys';

/** Marks a client-submitted result as read by the clinician (idempotent on the server). */
export function reviewMeasure(id: string): Promise<Measure> {
  return unwrap(api.POST('/api/measures/{id}/review', { params: { path: { id } } }));
}

export function useReviewMeasure(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewMeasure,
    // The "New" badges go (the result's, the tab's, the Before-the-session list), and the caseload's
    // "New results" flag with them once nothing is left to review.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: measureKeys.list(clientId) }),
        queryClient.invalidateQueries({ queryKey: prepKeys.client(clientId) }),
        queryClient.invalidateQueries({ queryKey: clientKeys.lists() }),
      ]),
  });
}
