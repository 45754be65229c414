import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { localCalendarDate } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { clientDisplayName } from '../../../lib/names';
import type { ClientRecord } from '../../clients/api/get-client';
import { emailContactWords } from '../../clients/client-rules';
import { useInvitations, type Invitation } from '../../invitations/api/list-invitations';
import { InvitationTable } from '../../invitations/components/invitations-card';
import { useMeasurePlans, type MeasurePlan } from '../api/list-measure-plans';
import { useUpdateMeasurePlan } from '../api/save-measure-plan';
import { planCadenceWords, planQuestionnaires, planStateWords } from '../measure-plan-rules';
import { MeasurePlanDialog } from './measure-plan-dialog';

/** The newest links of a plan shown under it; older ones stay in the record. */
const LINKS_SHOWN = 4;

interface PlanProps {
  plan: MeasurePlan;
  links: Invitation[];
  client: ClientRecord;
  canWrite: boolean;
}

function Plan({ plan, links, client, canWrite }: PlanProps) {
  const [changing, setChanging] = useState(false);
  const update = useUpdateMeasurePlan(client.id);
  const stopped = plan.status === 'stopped';
  const headingId = useId();
  const setStatus = (status: 'active' | 'stopped') =>
    update.mutate(
      { id: plan.id, status, version: plan.version },
      { onSuccess: () => notifications.show({ color: 'indigo', message: status === 'stopped' ? 'Schedule stopped.' : 'Schedule restarted.' }) },
    );
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId} data-plan-id={plan.id} data-plan-status={plan.status}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600} id={headingId}>
              {planQuestionnaires(plan)}
            </Text>
            {stopped && (
              <Badge variant="outline" color="gray" c="dark.7" radius="sm" tt="none">
                Stopped
              </Badge>
            )}
          </Group>
          <Text size="sm">{planCadenceWords(plan)}</Text>
          <Text size="sm" fw={stopped ? undefined : 500} c={stopped ? 'dimmed' : undefined}>
            {planStateWords(plan, localCalendarDate())}
          </Text>
        </Stack>
        {canWrite && (
          <Group gap="xs">
            {!stopped && (
              <Button variant="default" size="compact-sm" onClick={() => setChanging(true)}>
                Change
              </Button>
            )}
            <Button
              variant={stopped ? 'default' : 'subtle'}
              color={stopped ? undefined : 'red'}
              size="compact-sm"
              loading={update.isPending}
              onClick={() => setStatus(stopped ? 'active' : 'stopped')}
            >
              {stopped ? 'Restart' : 'Stop'}
            </Button>
          </Group>
        )}
      </Group>
      {update.isError && (
        <Text size="sm" c="red.8" role="alert">
          {describeError(update.error)}
        </Text>
      )}
      {links.length > 0 ? (
        <InvitationTable
          invitations={links.slice(0, LINKS_SHOWN)}
          clientId={client.id}
          clientName={clientDisplayName(client)}
          canWrite={canWrite}
          scheduled
        />
      ) : (
        <Text size="sm" c="dimmed">
          No link made yet.
        </Text>
      )}
      {changing && <MeasurePlanDialog client={client} plan={plan} opened onClose={() => setChanging(false)} />}
    </Stack>
  );
}

/**
 * "Questionnaire schedule": each plan with its rhythm, the next due date and its newest links with
 * their status and what the email did. Running plans first; stopped ones stay with their history.
 */
export function QuestionnaireScheduleCard({ client, canWrite }: { client: ClientRecord; canWrite: boolean }) {
  const headingId = useId();
  const plans = useMeasurePlans(client.id);
  const invitations = useInvitations(client.id);
  const [adding, setAdding] = useState(false);
  if (plans.isError)
    return <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} title="The questionnaire schedule could not be loaded" />;
  if (!plans.data) return null;
  const ordered = [...plans.data].sort((a, b) => Number(a.status === 'stopped') - Number(b.status === 'stopped'));
  const linksOf = (planId: string) => (invitations.data ?? []).filter((i) => i.planId === planId);
  const canSet = canWrite && client.status === 'active';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4" id={headingId}>
              Questionnaire schedule
            </Title>
            <Text size="sm" c="dimmed">
              Email: {emailContactWords(client)}
            </Text>
          </Stack>
          {canSet && (
            <Button variant="default" onClick={() => setAdding(true)} disabled={!client.dateOfBirth}>
              Set a schedule
            </Button>
          )}
        </Group>
        {canSet && !client.dateOfBirth && (
          <Text size="sm">The client confirms their date of birth before answering: add it to their details to set a schedule.</Text>
        )}
        {ordered.length === 0 ? (
          <Text size="sm">No schedule yet. With one, each due questionnaire is sent for you, and shows here as due, sent, answered or missed.</Text>
        ) : (
          ordered.map((plan) => <Plan key={plan.id} plan={plan} links={linksOf(plan.id)} client={client} canWrite={canWrite} />)
        )}
      </Stack>
      {adding && <MeasurePlanDialog client={client} opened onClose={() => setAdding(false)} />}
    </Paper>
  );
}
