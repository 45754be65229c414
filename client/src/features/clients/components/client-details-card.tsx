import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PRESENTING_PATTERN_LABELS } from '@securebase/shared';
import type { ReactNode } from 'react';
import { formatCalendarDate, formatInstant } from '../../../lib/dates';
import type { ClientRecord } from '../api/get-client';
import { emailContactWords } from '../client-rules';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

const NOT_RECORDED = 'Not recorded';

export function ClientDetailsCard({ client, readOnly }: { client: ClientRecord; readOnly: boolean }) {
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Details at intake
          </Title>
          {readOnly && (
            <Text size="sm" c="dimmed">
              Read only: you are not on this client's care team
            </Text>
          )}
        </Group>
        <Stack gap={6}>
          <Text size="xs" c="dimmed" fw={500}>
            Presenting patterns
          </Text>
          {client.presentingPatterns.length > 0 ? (
            <Group gap="xs">
              {client.presentingPatterns.map((pattern) => (
                <Badge key={pattern} variant="light" color="gray" tt="none" fw={500} radius="sm">
                  {PRESENTING_PATTERN_LABELS[pattern]}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm">None recorded</Text>
          )}
        </Stack>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Fact label="Preferred name">{client.preferredName || NOT_RECORDED}</Fact>
          <Fact label="Pronouns">{client.pronouns || NOT_RECORDED}</Fact>
          <Fact label="Date of birth">{client.dateOfBirth ? formatCalendarDate(client.dateOfBirth) : NOT_RECORDED}</Fact>
          <Fact label="Intake date">{formatCalendarDate(client.intakeDate)}</Fact>
          <Fact label="Questionnaires by email">{emailContactWords(client)}</Fact>
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          Record last changed {formatInstant(client.updatedAt)}
        </Text>
      </Stack>
    </Paper>
  );
}
