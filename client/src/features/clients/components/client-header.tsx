import { Avatar, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ageOn, formatCalendarDate, localCalendarDate } from '../../../lib/dates';
import { clientDisplayName, clientInitials, clientLegalName } from '../../../lib/names';
import { ExportAction } from '../../export/components/export-action';
import { SendQuestionnaireAction } from '../../invitations/components/send-questionnaire-action';
import type { ClientRecord } from '../api/get-client';
import { AttachmentStyleBadge } from './attachment-style-badge';
import { CareTeam } from './care-team';
import { ClientStatusBadge } from './client-status-badge';

interface ClientHeaderProps {
  client: ClientRecord;
  /** On the care team: may log sessions, add goals, edit and discharge. */
  canWrite: boolean;
  /** Details are being edited (their own buttons are then in the form). */
  editing: boolean;
  onEdit: () => void;
  onDischarge: () => void;
  onAddGoal: () => void;
}

/** Who this is, at a glance: name, pronouns, age, care team, attachment style, intake, status. */
export function ClientHeader({ client, canWrite, editing, onEdit, onDischarge, onAddGoal }: ClientHeaderProps) {
  const legalName = clientLegalName(client);
  const facts = [
    client.pronouns,
    client.dateOfBirth ? `${ageOn(client.dateOfBirth, localCalendarDate())} years` : null,
    `Intake ${formatCalendarDate(client.intakeDate)}`,
    client.dischargedOn ? `Discharged ${formatCalendarDate(client.dischargedOn)}` : null,
  ].filter((fact): fact is string => Boolean(fact));

  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Avatar size="lg" radius="xl" color="indigo" aria-hidden>
          {clientInitials(client)}
        </Avatar>
        <Stack gap={6}>
          <Title order={1} size="h2">
            {clientDisplayName(client)}
          </Title>
          {legalName && (
            <Text size="sm" c="dimmed">
              Legal name: {legalName}
            </Text>
          )}
          <Text size="sm">{facts.join(' · ')}</Text>
          <CareTeam client={client} canWrite={canWrite} />
          <Group gap="xs">
            <AttachmentStyleBadge style={client.attachmentStyle} />
            <ClientStatusBadge status={client.status} />
          </Group>
        </Stack>
      </Group>
      <Group gap="sm" className="no-print">
        {canWrite && (
          <>
            <Button component={Link} to={`/clients/${client.id}/sessions/new`}>
              Log session
            </Button>
            <Button variant="default" onClick={onAddGoal}>
              Add goal
            </Button>
            <Button component={Link} to={`/clients/${client.id}/measures/new`} variant="default">
              Record questionnaire
            </Button>
            {/* A discharged client is sent nothing (the server refuses it too). */}
            {client.status === 'active' && <SendQuestionnaireAction client={client} />}
          </>
        )}
        {/* Reading is enough to export (supervisors too); the server records every export. */}
        <ExportAction client={client} />
        {canWrite && !editing && (
          <>
            <Button variant="default" onClick={onEdit}>
              Edit details
            </Button>
            {client.status === 'active' && (
              <Button variant="default" onClick={onDischarge}>
                Discharge
              </Button>
            )}
          </>
        )}
      </Group>
    </Group>
  );
}
