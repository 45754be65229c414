import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { GOAL_DOMAIN_LABELS, GOAL_DOMAINS } from '@securebase/shared';
import { useState } from 'react';
import { showServerFieldErrors } from '../../../components/server-form-errors';
import { localCalendarDate } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useCreateGoal } from '../api/create-goal';
import type { Goal } from '../api/list-goals';
import { emptyGoalForm, GOAL_FIELD_LABELS as LABELS, GOAL_FIELDS, toNewGoal, validateNewGoal, type GoalFormValues } from '../goal-rules';
import { FormProblem } from '../../../components/form-problem';
import { GoalScoreInput } from './goal-score-input';
import { GoalWordingFields } from './goal-wording-fields';
import { FormActions } from '../../../components/form-actions';

const domainOptions = GOAL_DOMAINS.map((value) => ({ value, label: GOAL_DOMAIN_LABELS[value] }));

interface AddGoalModalProps {
  clientId: string;
  opened: boolean;
  onClose: () => void;
  onCreated?: (goal: Goal) => void;
}

export function AddGoalModal({ clientId, opened, onClose, onCreated }: AddGoalModalProps) {
  const createGoal = useCreateGoal(clientId);
  const [problem, setProblem] = useState<{ message: string; other: string[] } | null>(null);
  const form = useForm<GoalFormValues>({
    initialValues: emptyGoalForm(localCalendarDate()),
    validate: validateNewGoal,
  });

  const close = () => {
    setProblem(null);
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setProblem(null);
    createGoal.mutate(toNewGoal(values), {
      onSuccess: (goal) => {
        notifications.show({ color: 'indigo', message: `Goal added: ${goal.title}` });
        form.setValues(emptyGoalForm(localCalendarDate()));
        form.resetDirty();
        close();
        onCreated?.(goal);
      },
      onError: (error) => {
        const { other } = showServerFieldErrors(form, error, GOAL_FIELDS, LABELS);
        setProblem({ message: describeError(error, 'client'), other });
      },
    });
  });

  return (
    <Modal opened={opened} onClose={close} title="Add goal" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && <FormProblem problem={problem} title="The goal was not added" />}
          <Select
            label={LABELS.domain}
            data={domainOptions}
            required
            searchable
            selectFirstOptionOnChange
            data-autofocus
            {...form.getInputProps('domain')}
          />
          <GoalWordingFields
            title={form.getInputProps('title')}
            description={form.getInputProps('description')}
            titleHint="In the client's words, e.g. “Say no to extra shifts without apologising”"
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
            <GoalScoreInput label={LABELS.baseline} description="Where the client starts, 0–10" {...form.getInputProps('baseline')} />
            <GoalScoreInput label={LABELS.target} description="Where they want to be, 0–10" {...form.getInputProps('target')} />
            <TextInput label={LABELS.startedOn} type="date" required {...form.getInputProps('startedOn')} />
          </SimpleGrid>
          <FormActions submitLabel="Add goal" onCancel={close} saving={createGoal.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
