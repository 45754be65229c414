import { Button, Group, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { showServerFieldErrors } from '../../../components/server-form-errors';
import { usePageTitle } from '../../../components/use-page-title';
import { localCalendarDate } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { clientDisplayName } from '../../../lib/names';
import { useCreateClient } from '../api/create-client';
import { CLIENT_FIELD_LABELS, CLIENT_FIELDS, emptyClientForm, toNewClient, validateClientForm, type ClientFormValues } from '../client-rules';
import { ClientDetailsFields } from './client-details-fields';
import { FormProblem } from '../../../components/form-problem';

export function NewClientPage() {
  usePageTitle('New client');
  const navigate = useNavigate();
  const createClient = useCreateClient();
  const [problem, setProblem] = useState<{ message: string; other: string[] } | null>(null);
  const form = useForm<ClientFormValues>({
    initialValues: emptyClientForm(localCalendarDate()),
    validate: (values) => validateClientForm(values, localCalendarDate()),
  });

  const submit = form.onSubmit((values) => {
    setProblem(null);
    createClient.mutate(toNewClient(values), {
      onSuccess: (client) => {
        notifications.show({ color: 'indigo', message: `${clientDisplayName(client)} was added to your caseload.` });
        void navigate(`/clients/${client.id}`);
      },
      onError: (error) => {
        const { other } = showServerFieldErrors(form, error, CLIENT_FIELDS, CLIENT_FIELD_LABELS);
        setProblem({ message: describeError(error), other });
      },
    });
  });

  return (
    <Stack maw={760}>
      <PageHeader title="New client" description="You become the client's primary clinician." />
      <Paper withBorder p="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            {problem && <FormProblem problem={problem} title="The client was not created" />}
            <ClientDetailsFields form={form} autoFocus />
            <Group justify="flex-end">
              <Button component={Link} to="/caseload" variant="default">
                Cancel
              </Button>
              <Button type="submit" loading={createClient.isPending}>
                Create client
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
