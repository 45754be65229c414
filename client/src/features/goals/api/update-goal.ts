import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { clientKeys } from '../../clients/api/client-keys';
import { goalKeys } from './goal-keys';
import type { Goal } from './list-goals';

export type GoalUpdate = components['schemas']['UpdateGoalDto'];

/** Changes a goal's words, target or status. A stale version gets 409; goals are never deleted. */
export function updateGoal(id: string, body: GoalUpdate): Promise<Goal> {
  return unwrap(api.PATCH('/api/goals/{id}', { params: { path: { id } }, body }));
}

export function useUpdateGoal(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: GoalUpdate }) => updateGoal(id, body),
    onSuccess: (goal) => {
      queryClient.setQueryData<Goal[]>(goalKeys.list(clientId), (goals) => goals?.map((g) => (g.id === goal.id ? goal : g)));
      // The caseload's goal trend follows the goals that are active.
      return queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
    },
  });
}
