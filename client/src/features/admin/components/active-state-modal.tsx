import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { describeError } from '../../../lib/error-messages';
import type { PracticeUser } from '../api/list-users';
import { useUpdateUser } from '../api/update-user';

/** Confirms deactivating (or reactivating) an account; nothing is deleted either way. */
export function ActiveStateModal({ user, onClose }: { user: PracticeUser | null; onClose: () => void }) {
  const updateUser = useUpdateUser();
  const { reset } = updateUser;
  useEffect(() => reset(), [user, reset]);

  if (!user) return <Modal opened={false} onClose={onClose} />;
  const deactivating = user.active;

  const confirm = () =>
    updateUser.mutate(
      { id: user.id, body: { active: !deactivating } },
      {
        onSuccess: () => {
          notifications.show({
            color: 'indigo',
            message: deactivating ? `${user.displayName} was deactivated.` : `${user.displayName} can sign in again.`,
          });
          onClose();
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={deactivating ? `Deactivate ${user.displayName}?` : `Reactivate ${user.displayName}?`}>
      <Stack gap="md">
        <Text size="sm">
          {deactivating
            ? 'They are signed out at once and can no longer sign in. Their clients and records are kept.'
            : 'They will be able to sign in again with their current password.'}
        </Text>
        {updateUser.isError && (
          <Alert color="red" variant="light" role="alert">
            {describeError(updateUser.error, 'user')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color={deactivating ? 'red' : undefined} onClick={confirm} loading={updateUser.isPending}>
            {deactivating ? 'Deactivate' : 'Reactivate'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
