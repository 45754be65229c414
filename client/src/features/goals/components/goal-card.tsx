import { Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { GOAL_DOMAIN_LABELS } from '@securebase/shared';
import { formatCalendarDate } from '../../../lib/dates';
import { GoalMiniChart } from '../../progress/components/goal-mini-chart';
import type { Goal } from '../api/list-goals';
import { goalProgressWords, statusChoices, type StatusChoice } from '../goal-rules';
import { GoalStatusBadge } from './goal-status-badge';
import { GoalTrack } from './goal-track';

interface GoalCardProps {
  goal: Goal;
  /** The goal's ratings, oldest first (from the progress data); the mini chart waits for them. */
  ratings?: readonly { date: string; rating: number }[];
  canWrite: boolean;
  onEdit: (goal: Goal) => void;
  onChangeStatus: (goal: Goal, choice: StatusChoice) => void;
}

export function GoalCard({ goal, ratings, canWrite, onEdit, onChangeStatus }: GoalCardProps) {
  const headingId = `goal-${goal.id}`;
  const dates = [`Started ${formatCalendarDate(goal.startedOn)}`, goal.achievedOn ? `achieved ${formatCalendarDate(goal.achievedOn)}` : null].filter(
    Boolean,
  );

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.4}>
              {GOAL_DOMAIN_LABELS[goal.domain]}
            </Text>
            <Title order={3} size="h5" id={headingId}>
              {goal.title}
            </Title>
          </Stack>
          <GoalStatusBadge status={goal.status} />
        </Group>
        {goal.description && (
          <Text size="sm" c="gray.8" className="sb-prewrap">
            {goal.description}
          </Text>
        )}
        {ratings && ratings.length > 1 && <GoalMiniChart points={ratings} baseline={goal.baseline} target={goal.target} />}
        <div>
          <GoalTrack baseline={goal.baseline} latest={goal.latestRating} target={goal.target} />
          <Text size="sm" className="tabular-figures">
            {goalProgressWords(goal)}
          </Text>
          <Text size="xs" c="dimmed">
            {dates.join(', ')}
          </Text>
        </div>
        {canWrite && (
          <Group gap="xs" mt="auto">
            <Button size="xs" variant="default" onClick={() => onEdit(goal)} aria-label={`Edit goal: ${goal.title}`}>
              Edit
            </Button>
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Button size="xs" variant="default" aria-label={`Change status of goal: ${goal.title}`}>
                  Change status
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {statusChoices(goal.status).map((choice) => (
                  <Menu.Item key={choice.status} onClick={() => onChangeStatus(goal, choice)}>
                    {choice.action}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
