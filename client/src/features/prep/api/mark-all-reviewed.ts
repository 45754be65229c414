import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clientKeys } from '../../clients/api/client-keys';
import { measureKeys } from '../../measures/api/measure-keys';
import { reviewMeasure } from '../../measures/api/review-measure';
import { prepKeys } from './get-prep';

/**
 * "Mark all reviewed": the review route once per listed result (it is idempotent, so a retry after a
 * partial failure only finishes the job). Then the panel, the Questionnaires tab and the caseload's
 * "New results" flag are read again.
 */
export function useMarkAllReviewed(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (measureIds: readonly string[]) => {
      for (const id of measureIds) await reviewMeasure(id);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: prepKeys.client(clientId) }),
        queryClient.invalidateQueries({ queryKey: measureKeys.list(clientId) }),
        queryClient.invalidateQueries({ queryKey: clientKeys.lists() }),
      ]),
  });
}
