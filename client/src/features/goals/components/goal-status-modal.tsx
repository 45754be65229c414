import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { hasCode } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-messages';
import { goalKeys } from '../api/goal-keys';
import type { Goal } from '../api/list-goals';
import { useUpdateGoal } from '../api/update-goal';
import { GOAL_STATUS_LABELS, KEPT_PROMISE, type StatusChoice } from '../goal-rules';
import { FormProblem } from '../../../components/form-problem';

interface GoalStatusModalProps {
  clientId: string;
  change: { goal: Goal; choice: StatusChoice } | null;
  onClose: () => void;
}

/** Asks once before a goal's status changes, saying what that means and that nothing is deleted. */
export function GoalStatusModal({ clientId, change, onClose }: GoalStatusModalProps) {
  const queryClient = useQueryClient();
  const updateGoal = useUpdateGoal(clientId);
  const [problem, setProblem] = useState<string | null>(null);

  const close = () => {
    setProblem(null);
    onClose();
  };

  const confirm = () => {
    if (!change) return;
    const { goal, choice } = change;
    updateGoal.mutate(
      { id: goal.id, body: { status: choice.status, version: goal.version } },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'indigo', message: `“${saved.title}” is now ${GOAL_STATUS_LABELS[saved.status].toLowerCase()}.` });
          close();
        },
        onError: (error) => {
          if (hasCode(error, 'stale_version')) {
            void queryClient.invalidateQueries({ queryKey: goalKeys.list(clientId) });
            setProblem('This goal was changed by someone else. Its latest version is now shown; close this and try again.');
            return;
          }
          setProblem(describeError(error));
        },
      },
    );
  };

  return (
    <Modal opened={change !== null} onClose={close} title={change ? `${change.choice.action}?` : ''} size="md">
      {change && (
        <Stack gap="md">
          <Text fw={500}>{change.goal.title}</Text>
          <Text size="sm">
            {change.choice.explanation} {KEPT_PROMISE}
          </Text>
          {problem && <FormProblem problem={problem} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={confirm} loading={updateGoal.isPending} data-autofocus>
              {change.choice.action}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
