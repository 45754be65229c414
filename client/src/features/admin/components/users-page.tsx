import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { useSignedInUser } from '../../auth/api/get-current-user';
import { useUsers, type PracticeUser } from '../api/list-users';
import { ActiveStateModal } from './active-state-modal';
import { UserFormModal } from './user-form-modal';
import { UsersTable } from './users-table';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: PracticeUser } | { kind: 'active'; user: PracticeUser } | null;

export function UsersPage() {
  usePageTitle('Users');
  const me = useSignedInUser();
  const users = useUsers();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <PageHeader
        title="Users"
        description={`Accounts of ${me.practiceName}. Deactivated people are signed out at once and keep their records.`}
        actions={<Button onClick={() => setDialog({ kind: 'create' })}>New user</Button>}
      />
      {users.isPending ? (
        <PageLoader label="Loading accounts…" />
      ) : users.isError ? (
        <ErrorAlert error={users.error} subject="user" onRetry={() => void users.refetch()} />
      ) : (
        <UsersTable
          users={users.data}
          currentUserId={me.id}
          onEdit={(user) => setDialog({ kind: 'edit', user })}
          onToggleActive={(user) => setDialog({ kind: 'active', user })}
        />
      )}
      <UserFormModal
        opened={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        user={dialog?.kind === 'edit' ? dialog.user : null}
        users={users.data ?? []}
        onClose={close}
      />
      <ActiveStateModal user={dialog?.kind === 'active' ? dialog.user : null} onClose={close} />
    </Stack>
  );
}
