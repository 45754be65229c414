import { Avatar, Button, Group, Stack, Text, Title } from '@mantine/core';
import { ageOn, formatCalendarDate, localCalendarDate } from '../../../lib/dates';
import { clientDisplayName, clientInitials, clientLegalName } from '../../../lib/names';
import type { ClientRecord } from '../api/get-client';
import { AttachmentStyleBadge } from './attachment-style-badge';
import { ClientStatusBadge } from './client-status-badge';

interface ClientHeaderProps {
  client: ClientRecord;
  canEdit: boolean;
  onEdit: () => void;
  onDischarge: () => void;
}

/** Who this is, at a glance: name, pronouns, age, attachment style, intake, status. */
export function ClientHeader({ client, canEdit, onEdit, onDischarge }: ClientHeaderProps) {
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
          <Group gap="xs">
            <AttachmentStyleBadge style={client.attachmentStyle} />
            <ClientStatusBadge status={client.status} />
          </Group>
        </Stack>
      </Group>
      {canEdit && (
        <Group gap="sm" className="no-print">
          <Button variant="default" onClick={onEdit}>
            Edit details
          </Button>
          {client.status === 'active' && (
            <Button variant="default" onClick={onDischarge}>
              Discharge
            </Button>
          )}
        </Group>
      )}
    </Group>
  );
}
