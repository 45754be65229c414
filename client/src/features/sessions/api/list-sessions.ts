import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { sessionKeys } from './session-keys';

export type SessionPage = components['schemas']['SessionListDto'];

export const SESSION_PAGE_SIZE = 25;

export function listSessions(clientId: string, cursor?: string): Promise<SessionPage> {
  return unwrap(
    api.GET('/api/clients/{id}/sessions', {
      params: { path: { id: clientId }, query: { limit: SESSION_PAGE_SIZE, cursor } },
    }),
  );
}

/** The timeline, newest first, a page at a time. */
export function sessionListQuery(clientId: string) {
  return infiniteQueryOptions({
    queryKey: sessionKeys.list(clientId),
    queryFn: ({ pageParam }) => listSessions(clientId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSessionList(clientId: string) {
  return useInfiniteQuery(sessionListQuery(clientId));
}
