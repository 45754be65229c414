import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { showServerFieldErrors } from '../../../components/server-form-errors';
import { hasCode } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-messages';
import { goalListQuery, type Goal } from '../api/list-goals';
import { useUpdateGoal } from '../api/update-goal';
import { GOAL_EDIT_FIELDS, GOAL_FIELD_LABELS as LABELS, goalEditChanges, goalEditValues, validateGoalEdit, type GoalEditValues } from '../goal-rules';
import { GoalScoreInput } from './goal-score-input';
import { GoalWordingFields } from './goal-wording-fields';
import { FormProblem } from '../../../components/form-problem';
import { FormActions } from '../../../components/form-actions';

const CHANGED_ELSEWHERE = 'This goal was changed by someone else while you were editing. Your text is kept below; check it and save again.';

/** Title, description and target; the baseline and the start date are history and stay. */
function EditGoalForm({ goal, onClose }: { goal: Goal; onClose: () => void }) {
  const queryClient = useQueryClient();
  const updateGoal = useUpdateGoal(goal.clientId);
  // What the clinician started from: a 409 moves this to the latest copy, keeping their text.
  const [base, setBase] = useState(goal);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const form = useForm<GoalEditValues>({ initialValues: goalEditValues(goal), validate: validateGoalEdit });

  const submit = form.onSubmit((values) => {
    setProblem(null);
    const changes = goalEditChanges(base, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    updateGoal.mutate(
      { id: goal.id, body: { ...changes, version: base.version } },
      {
        onSuccess: () => {
          notifications.show({ color: 'indigo', message: 'Goal saved.' });
          onClose();
        },
        onError: async (error) => {
          if (hasCode(error, 'stale_version')) {
            const goals = await queryClient.fetchQuery({ ...goalListQuery(goal.clientId), staleTime: 0 }).catch(() => null);
            const latest = goals?.find((g) => g.id === goal.id);
            if (latest) setBase(latest);
            setProblem({ message: CHANGED_ELSEWHERE, conflict: true });
            return;
          }
          showServerFieldErrors(form, error, GOAL_EDIT_FIELDS, LABELS);
          setProblem({ message: describeError(error), conflict: false });
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && <FormProblem problem={problem.message} color={problem.conflict ? 'yellow' : 'red'} />}
        <GoalWordingFields title={form.getInputProps('title')} description={form.getInputProps('description')} autoFocus />
        <GoalScoreInput label={LABELS.target} description="0–10" w={160} {...form.getInputProps('target')} />
        <Text size="xs" c="dimmed">
          Baseline {goal.baseline} and the start date are kept as recorded.
        </Text>
        <FormActions submitLabel="Save goal" onCancel={onClose} saving={updateGoal.isPending} />
      </Stack>
    </form>
  );
}

export function EditGoalModal({ goal, onClose }: { goal: Goal | null; onClose: () => void }) {
  return (
    <Modal opened={goal !== null} onClose={onClose} title="Edit goal" size="lg">
      {goal && <EditGoalForm key={goal.id} goal={goal} onClose={onClose} />}
    </Modal>
  );
}
