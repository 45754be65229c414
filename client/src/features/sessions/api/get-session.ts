import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { sessionKeys } from './session-keys';
import type { TherapySession } from './session-types';

export function getSession(id: string): Promise<TherapySession> {
  return unwrap(api.GET('/api/sessions/{id}', { params: { path: { id } } }));
}

export function sessionQuery(id: string) {
  return queryOptions({ queryKey: sessionKeys.detail(id), queryFn: () => getSession(id) });
}

export function useSession(id: string) {
  return useQuery(sessionQuery(id));
}
