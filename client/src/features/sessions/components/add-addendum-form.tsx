import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { TEXT_MAX_LENGTH } from '@securebase/shared';
import { useState } from 'react';
import { showServerFieldErrors } from '../../../components/server-form-errors';
import { describeError } from '../../../lib/error-messages';
import { checkText } from '../../clients/client-rules';
import { useAddAddendum } from '../api/add-addendum';
import type { TherapySession } from '../api/session-types';

/** A dated note added to a signed session; it carries the author's name and is never edited. */
export function AddAddendumForm({ session }: { session: Pick<TherapySession, 'id' | 'clientId'> }) {
  const addAddendum = useAddAddendum(session);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { text: '' },
    validate: { text: (value: string) => checkText(value, { required: true, max: TEXT_MAX_LENGTH }) },
  });

  const submit = form.onSubmit(({ text }) => {
    setProblem(null);
    addAddendum.mutate(text.trim(), {
      onSuccess: () => {
        notifications.show({ color: 'indigo', message: 'Addendum added.' });
        form.reset();
      },
      onError: (error) => {
        showServerFieldErrors(form, error, ['text'], { text: 'Addendum' });
        setProblem(describeError(error));
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {problem && (
          <Alert color="red" variant="light" role="alert" title="The addendum was not added">
            {problem}
          </Alert>
        )}
        <Textarea
          label="Addendum"
          description="A correction or later information. It is dated, carries your name and cannot be edited afterwards."
          autosize
          minRows={3}
          maxLength={TEXT_MAX_LENGTH}
          {...form.getInputProps('text')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={addAddendum.isPending}>
            Add addendum
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
