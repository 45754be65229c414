import { Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import type { Goal } from '../../goals/api/list-goals';
import { useColleagueName } from '../../clients/api/list-colleagues';
import { useSessionList } from '../api/list-sessions';
import { SessionTimelineItem } from './session-timeline-item';

interface SessionsTabProps {
  clientId: string;
  goals: readonly Goal[];
  canWrite: boolean;
}

/** The session timeline, newest first, with addenda under their session. */
export function SessionsTab({ clientId, goals, canWrite }: SessionsTabProps) {
  const list = useSessionList(clientId);
  const clinicianName = useColleagueName();
  const sessions = list.data?.pages.flatMap((page) => page.items) ?? [];

  if (list.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading sessions">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height={96} radius="md" />
        ))}
      </Stack>
    );
  }
  if (list.isError && sessions.length === 0) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (sessions.length === 0) {
    return (
      <Paper withBorder p="xl">
        <Stack align="center" gap="md">
          <Text>No sessions have been logged for this client yet.</Text>
          {canWrite && (
            <Button component={Link} to={`/clients/${clientId}/sessions/new`}>
              Log session
            </Button>
          )}
        </Stack>
      </Paper>
    );
  }

  return (
    <Stack gap="sm">
      {sessions.map((session) => (
        <SessionTimelineItem key={session.id} session={session} goals={goals} clinicianName={clinicianName(session.clinicianId)} />
      ))}
      {list.isFetchNextPageError && <ErrorAlert error={list.error} />}
      {list.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Show older sessions
          </Button>
        </Group>
      )}
    </Stack>
  );
}
