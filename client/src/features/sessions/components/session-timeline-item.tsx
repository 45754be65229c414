import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatInstant } from '../../../lib/dates';
import type { Goal } from '../../goals/api/list-goals';
import type { TherapySession } from '../api/session-types';
import { approachesOf, ratedGoals, sessionFacts, shortTitle } from '../session-labels';
import { AddendaList } from './addenda-list';
import { ApproachBadge } from './approach-badge';
import { AttendanceBadge, SessionStatusBadge } from './session-badges';

/** One session on the client's timeline; the whole card opens the session. */
export function SessionTimelineItem({
  session,
  goals,
  clinicianName,
}: {
  session: TherapySession;
  goals: readonly Goal[];
  /** Who wrote it: care teams share a timeline. */
  clinicianName: string | null;
}) {
  const headingId = `session-${session.id}`;
  const ratings = ratedGoals(session.goalRatings, goals);
  const approaches = approachesOf(session.interventions);

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId} className="sb-card-link">
      <Stack gap={8}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="sm" wrap="wrap">
            <Anchor component={Link} to={`/sessions/${session.id}`} id={headingId} fw={600} className="sb-stretched tabular-figures">
              {formatInstant(session.startedAt)}
            </Anchor>
            <SessionStatusBadge status={session.status} />
            <AttendanceBadge attendance={session.attendance} />
          </Group>
          <Text size="sm" c="dimmed">
            {sessionFacts(session)}
            {clinicianName && ` · ${clinicianName}`}
          </Text>
        </Group>
        {approaches.length > 0 && (
          <Group gap={6} role="group" aria-label="Approaches">
            {approaches.map((approach) => (
              <ApproachBadge key={approach} approach={approach} />
            ))}
          </Group>
        )}
        {ratings.length > 0 && (
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              Ratings:{' '}
            </Text>
            {ratings.map((r, i) => (
              <span key={r.goalId} title={r.title}>
                {i > 0 && ' · '}
                {shortTitle(r.title)} <strong className="tabular-figures">{r.rating}</strong>
              </span>
            ))}
          </Text>
        )}
        {session.summary && (
          <Text size="sm" lineClamp={2} c="gray.8">
            {session.summary}
          </Text>
        )}
        {session.addenda.length > 0 && (
          <div className="sb-above-link">
            <AddendaList addenda={session.addenda} clamp />
          </div>
        )}
      </Stack>
    </Paper>
  );
}
