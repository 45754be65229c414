import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import type { NotesQuery } from '../note-filters';
import { sessionKeys } from './session-keys';

export type NotePage = components['schemas']['InterventionNoteListDto'];

/** Large pages: the goal and local-day filters are applied in the browser, after the server's. */
export const NOTE_PAGE_SIZE = 200;

export function listNotes(clientId: string, query: NotesQuery, cursor?: string): Promise<NotePage> {
  return unwrap(
    api.GET('/api/clients/{id}/interventions', {
      params: { path: { id: clientId }, query: { ...query, limit: NOTE_PAGE_SIZE, cursor } },
    }),
  );
}

export function noteListQuery(clientId: string, query: NotesQuery) {
  return infiniteQueryOptions({
    queryKey: sessionKeys.noteList(clientId, query),
    queryFn: ({ pageParam }) => listNotes(clientId, query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useNoteList(clientId: string, query: NotesQuery) {
  return useInfiniteQuery({ ...noteListQuery(clientId, query), placeholderData: keepPreviousData });
}
