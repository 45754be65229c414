import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';

export type Prep = components['schemas']['PrepDto'];
export type PrepMeasure = components['schemas']['PrepMeasureDto'];
export type PrepGoal = components['schemas']['PrepGoalDto'];

// Cache keys for the "Before the session" panel.
export const prepKeys = {
  all: ['prep'] as const,
  client: (clientId: string) => [...prepKeys.all, clientId] as const,
};

/** What changed, what needs action and what to bring up, in one request (docs/api.md, "Before the session"). */
export function getPrep(clientId: string): Promise<Prep> {
  return unwrap(api.GET('/api/clients/{id}/prep', { params: { path: { id: clientId } } }));
}

export function prepQuery(clientId: string) {
  return queryOptions({ queryKey: prepKeys.client(clientId), queryFn: () => getPrep(clientId) });
}

export function usePrep(clientId: string) {
  return useQuery(prepQuery(clientId));
}
