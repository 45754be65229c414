import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { SIGNING_WARNING } from '../session-labels';

interface SignSessionModalProps {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
  busy: boolean;
}

/** Signing asks once, saying that signed notes can only be amended by addenda (docs/screens.md, "Log a session"). */
export function SignSessionModal({ opened, onClose, onConfirm, busy }: SignSessionModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Sign this session?" size="md">
      <Stack gap="md">
        <Text size="sm">{SIGNING_WARNING}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button onClick={onConfirm} loading={busy} data-autofocus>
            Sign session
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
