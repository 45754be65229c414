import { Button, Group, Popover, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useAddCareTeamMember } from '../api/add-care-team-member';
import type { ClientRecord } from '../api/get-client';
import { useColleagues } from '../api/list-colleagues';
import { addableColleagues, careTeamMembers } from '../client-access';

/** Who looks after this client, by name; a care-team member may bring in a colleague (docs/api.md, "Roles"). */
export function CareTeam({ client, canWrite }: { client: ClientRecord; canWrite: boolean }) {
  const colleagues = useColleagues();
  const add = useAddCareTeamMember(client.id);
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  if (!colleagues.data) return null;
  const members = careTeamMembers(client, colleagues.data);
  const addable = addableColleagues(client, colleagues.data);

  const submit = () => {
    if (!choice) return;
    add.mutate(choice, {
      onSuccess: () => {
        setOpen(false);
        setChoice(null);
      },
    });
  };

  return (
    <Group gap="xs" wrap="wrap" data-testid="care-team">
      <Text size="sm">
        Care team:{' '}
        {members.map((m, i) => (
          <span key={m.id}>
            {i > 0 && ', '}
            {m.name}
            {m.primary && (
              <Text span c="dimmed" size="sm">
                {' '}
                (primary)
              </Text>
            )}
            {!m.active && (
              <Text span c="dimmed" size="sm">
                {' '}
                (inactive)
              </Text>
            )}
          </span>
        ))}
      </Text>
      {canWrite && client.status === 'active' && addable.length > 0 && (
        <Popover opened={open} onChange={setOpen} position="bottom-start" trapFocus withArrow>
          <Popover.Target>
            <Button size="compact-xs" variant="subtle" onClick={() => setOpen((o) => !o)} className="no-print">
              Add colleague
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs" w={260}>
              <Select
                label="Colleague"
                description="They will see this client and may write to the record."
                placeholder="Choose a colleague"
                data={addable.map((c) => ({ value: c.id, label: `${c.displayName} (${c.role})` }))}
                value={choice}
                onChange={setChoice}
                searchable
                comboboxProps={{ withinPortal: false }}
              />
              {add.isError && <ErrorAlert error={add.error} />}
              <Group justify="flex-end" gap="xs">
                <Button size="xs" variant="default" onClick={() => setOpen(false)}>
                  Cancel
                </Button>
                <Button size="xs" onClick={submit} disabled={!choice} loading={add.isPending}>
                  Add to care team
                </Button>
              </Group>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      )}
    </Group>
  );
}
