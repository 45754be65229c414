// Cache keys for sessions and their intervention notes. Everything starts with 'sessions', so a
// save or a signature refreshes the timeline, the session and the notes together.
import type { NotesQuery } from '../note-filters';

export const sessionKeys = {
  all: ['sessions'] as const,
  lists: () => [...sessionKeys.all, 'list'] as const,
  list: (clientId: string) => [...sessionKeys.lists(), clientId] as const,
  detail: (id: string) => [...sessionKeys.all, 'detail', id] as const,
  notes: (clientId: string) => [...sessionKeys.all, 'notes', clientId] as const,
  noteList: (clientId: string, query: NotesQuery) => [...sessionKeys.notes(clientId), query] as const,
};
