import { Paper, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { showServerFieldErrors } from '../../../components/server-form-errors';
import { hasCode } from '../../../lib/api-error';
import { localCalendarDate } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { clientQuery, type ClientRecord } from '../api/get-client';
import { useUpdateClient } from '../api/update-client';
import {
  CLIENT_FIELD_LABELS,
  CLIENT_FIELDS,
  clientChanges,
  clientFormValues,
  rebaseClientForm,
  validateClientForm,
  type ClientFormValues,
} from '../client-rules';
import { ClientDetailsFields } from './client-details-fields';
import { FormProblem } from '../../../components/form-problem';
import { FormActions } from '../../../components/form-actions';

function changedElsewhere(overlapping: string[]): string {
  const both = overlapping.length ? ` You both changed: ${overlapping.join(', ')}; the form keeps your version.` : '';
  return `Someone else changed these details while you were editing. The form now shows their changes with yours kept on top.${both} Check it and save again.`;
}

export function EditClientDetails({ client, onDone }: { client: ClientRecord; onDone: () => void }) {
  const queryClient = useQueryClient();
  const updateClient = useUpdateClient(client.id);
  // What the clinician started from: only fields they change are sent, so a concurrent edit
  // of another field is never overwritten by a stale copy.
  const [startedFrom, setStartedFrom] = useState(client);
  const [problem, setProblem] = useState<{ message: string; other: string[] } | null>(null);
  const form = useForm<ClientFormValues>({
    initialValues: clientFormValues(client),
    validate: (values) => validateClientForm(values, localCalendarDate()),
  });

  const submit = form.onSubmit((values) => {
    setProblem(null);
    const changes = clientChanges(startedFrom, values);
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    updateClient.mutate(
      { ...changes, version: startedFrom.version },
      {
        onSuccess: () => {
          notifications.show({ color: 'indigo', message: 'Details saved.' });
          onDone();
        },
        onError: async (error) => {
          if (hasCode(error, 'stale_version')) {
            const latest = await queryClient.fetchQuery({ ...clientQuery(client.id), staleTime: 0 }).catch(() => null);
            if (!latest) {
              setProblem({ message: describeError(error), other: [] });
              return;
            }
            const rebased = rebaseClientForm(startedFrom, latest, form.getValues());
            form.setValues(rebased.values);
            setStartedFrom(latest);
            setProblem({
              message: changedElsewhere(rebased.overlapping.map((f) => CLIENT_FIELD_LABELS[f])),
              other: [],
            });
            return;
          }
          const { other } = showServerFieldErrors(form, error, CLIENT_FIELDS, CLIENT_FIELD_LABELS);
          setProblem({ message: describeError(error, 'client'), other });
        },
      },
    );
  });

  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Title order={2} size="h4">
            Edit details
          </Title>
          {problem && <FormProblem problem={problem} color={hasCode(updateClient.error, 'stale_version') ? 'yellow' : 'red'} />}
          <ClientDetailsFields form={form} autoFocus emailStoppedAt={client.emailStoppedAt} />
          <FormActions submitLabel="Save details" onCancel={onDone} saving={updateClient.isPending} />
        </Stack>
      </form>
    </Paper>
  );
}
