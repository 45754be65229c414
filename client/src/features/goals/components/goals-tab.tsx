import { Button, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useProgress } from '../../progress/api/get-progress';
import { ratingsByGoal } from '../../progress/progress-data';
import { useGoals, type Goal } from '../api/list-goals';
import { sortGoalsForDisplay, type StatusChoice } from '../goal-rules';
import { EditGoalModal } from './edit-goal-modal';
import { GoalCard } from './goal-card';
import { GoalStatusModal } from './goal-status-modal';

interface GoalsTabProps {
  clientId: string;
  canWrite: boolean;
  onAddGoal: () => void;
}

export function GoalsTab({ clientId, canWrite, onAddGoal }: GoalsTabProps) {
  const goals = useGoals(clientId);
  // The whole course's ratings (the Overview's default query, so often already cached) for the mini charts.
  const progress = useProgress(clientId);
  const ratings = ratingsByGoal(progress.data);
  const [editing, setEditing] = useState<Goal | null>(null);
  const [statusChange, setStatusChange] = useState<{ goal: Goal; choice: StatusChoice } | null>(null);

  if (goals.isPending) {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" aria-busy="true" aria-label="Loading goals">
        {[0, 1].map((i) => (
          <Skeleton key={i} height={170} radius="md" />
        ))}
      </SimpleGrid>
    );
  }
  if (goals.isError) return <ErrorAlert error={goals.error} onRetry={() => void goals.refetch()} />;

  const sorted = sortGoalsForDisplay(goals.data);
  const active = sorted.filter((g) => g.status === 'active');
  const others = sorted.filter((g) => g.status !== 'active');
  const cards = (list: Goal[]) => (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {list.map((goal) => (
        <GoalCard
          key={goal.id}
          goal={goal}
          ratings={ratings.get(goal.id)}
          canWrite={canWrite}
          onEdit={setEditing}
          onChangeStatus={(g, choice) => setStatusChange({ goal: g, choice })}
        />
      ))}
    </SimpleGrid>
  );

  if (sorted.length === 0) {
    return (
      <Paper withBorder p="xl">
        <Stack align="center" gap="md">
          <Text>No goals have been set for this client yet.</Text>
          {canWrite && <Button onClick={onAddGoal}>Add goal</Button>}
        </Stack>
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Active goals
        </Title>
        {active.length > 0 ? (
          cards(active)
        ) : (
          <Text size="sm" c="dimmed">
            No active goals: nothing will be rated in new sessions.
          </Text>
        )}
      </Stack>
      {others.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            Paused, achieved and discontinued
          </Title>
          {cards(others)}
        </Stack>
      )}
      <EditGoalModal goal={editing} onClose={() => setEditing(null)} />
      <GoalStatusModal clientId={clientId} change={statusChange} onClose={() => setStatusChange(null)} />
    </Stack>
  );
}
