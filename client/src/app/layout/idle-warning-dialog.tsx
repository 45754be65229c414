import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { fetchCurrentUser } from '../../features/auth/api/get-current-user';
import { useSignOut } from '../../features/auth/api/sign-out';
import { formatCountdown } from '../../lib/idle';
import { reportSignInExpired } from '../../lib/sign-in-expiry';

interface IdleWarningDialogProps {
  secondsLeft: number;
  onStayed: () => void;
}

export function IdleWarningDialog({ secondsLeft, onStayed }: IdleWarningDialogProps) {
  const [staying, setStaying] = useState(false);
  const signOut = useSignOut();

  const stay = async () => {
    setStaying(true);
    // Any answered request slides the idle deadline; a null user means it had already ended.
    const user = await fetchCurrentUser().catch(() => undefined);
    setStaying(false);
    if (user === null) reportSignInExpired();
    else onStayed();
  };

  return (
    <Modal opened onClose={() => void stay()} title="Are you still there?" closeOnClickOutside={false} withCloseButton={false}>
      <Stack gap="md">
        <Text size="sm">
          To protect client records, SecureBase signs you out after 30 minutes without activity. You will be signed out in{' '}
          <Text span fw={600} className="tabular-figures">
            {formatCountdown(secondsLeft)}
          </Text>
          .
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => signOut.mutate()} loading={signOut.isPending}>
            Sign out
          </Button>
          <Button onClick={() => void stay()} loading={staying} data-autofocus>
            Stay signed in
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
