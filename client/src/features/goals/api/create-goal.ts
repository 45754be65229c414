import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { goalKeys } from './goal-keys';
import type { Goal } from './list-goals';

export type NewGoal = components['schemas']['CreateGoalDto'];

export function createGoal(clientId: string, body: NewGoal): Promise<Goal> {
  return unwrap(api.POST('/api/clients/{id}/goals', { params: { path: { id: clientId } }, body }));
}

export function useCreateGoal(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewGoal) => createGoal(clientId, body),
    onSuccess: (goal) => {
      queryClient.setQueryData<Goal[]>(goalKeys.list(clientId), (goals) => (goals ? [...goals, goal] : goals));
      return queryClient.invalidateQueries({ queryKey: goalKeys.list(clientId) });
    },
  });
}
