import { Avatar, Burger, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useSignedInUser } from '../../features/auth/api/get-current-user';
import { useSignOut } from '../../features/auth/api/sign-out';
import { personInitials } from '../../lib/names';
import { ROLE_LABELS } from '../../lib/roles';

interface TopBarProps {
  navOpen: boolean;
  onToggleNav: () => void;
}

export function TopBar({ navOpen, onToggleNav }: TopBarProps) {
  const user = useSignedInUser();
  const signOut = useSignOut();

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpen}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
          aria-expanded={navOpen}
        />
        <Text component={Link} to="/" fw={700} size="lg" c="indigo.8" td="none">
          SecureBase
        </Text>
        <Text c="dimmed" size="sm" visibleFrom="xs" aria-label="Practice">
          {user.practiceName}
        </Text>
      </Group>
      <Group gap="md" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Avatar size="md" radius="xl" color="indigo" aria-hidden>
            {personInitials(user.displayName)}
          </Avatar>
          <Stack gap={0} visibleFrom="sm">
            <Text size="sm" fw={500} lh={1.3}>
              {user.displayName}
            </Text>
            <Text size="xs" c="dimmed" lh={1.3}>
              {ROLE_LABELS[user.role]}
            </Text>
          </Stack>
        </Group>
        <Button variant="default" size="sm" onClick={() => signOut.mutate()} loading={signOut.isPending}>
          Sign out
        </Button>
      </Group>
    </Group>
  );
}
