import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { goalKeys } from './goal-keys';

export type Goal = components['schemas']['GoalDto'];

/** A client's goals, oldest first (the order they were set); the server sends them all at once. */
export async function listGoals(clientId: string): Promise<Goal[]> {
  const { items } = await unwrap(api.GET('/api/clients/{id}/goals', { params: { path: { id: clientId } } }));
  return items;
}

export function goalListQuery(clientId: string) {
  return queryOptions({ queryKey: goalKeys.list(clientId), queryFn: () => listGoals(clientId) });
}

export function useGoals(clientId: string) {
  return useQuery(goalListQuery(clientId));
}
