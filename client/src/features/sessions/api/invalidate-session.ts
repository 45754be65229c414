import type { QueryClient } from '@tanstack/react-query';
import { clientKeys } from '../../clients/api/client-keys';
import { goalKeys } from '../../goals/api/goal-keys';
import { progressKeys } from '../../progress/api/progress-keys';
import { sessionKeys } from './session-keys';
import type { TherapySession } from './session-types';

/**
 * After a session is written: the session itself is known, and the timeline, the notes, the
 * goals' latest ratings, the charts and the caseload's flags (unsigned notes, last session) may have moved.
 */
export function afterSessionWrite(queryClient: QueryClient, session: TherapySession): Promise<unknown> {
  queryClient.setQueryData(sessionKeys.detail(session.id), session);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: sessionKeys.list(session.clientId) }),
    queryClient.invalidateQueries({ queryKey: sessionKeys.notes(session.clientId) }),
    queryClient.invalidateQueries({ queryKey: goalKeys.list(session.clientId) }),
    queryClient.invalidateQueries({ queryKey: clientKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: progressKeys.client(session.clientId) }),
  ]);
}
