import { Avatar, Badge, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { personInitials } from '../../../lib/names';
import { ROLE_LABELS } from '../../../lib/roles';
import type { PracticeUser } from '../api/list-users';
import { TableScroll } from '../../../components/table-scroll';

interface UsersTableProps {
  users: PracticeUser[];
  currentUserId: string;
  onEdit: (user: PracticeUser) => void;
  onToggleActive: (user: PracticeUser) => void;
}

export function UsersTable({ users, currentUserId, onEdit, onToggleActive }: UsersTableProps) {
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const sorted = [...users].sort((a, b) => Number(b.active) - Number(a.active) || a.displayName.localeCompare(b.displayName));

  return (
    <TableScroll minWidth={720}>
      <table className="sb-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Supervisor</th>
            <th scope="col">Status</th>
            <th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((user) => {
            const isMe = user.id === currentUserId;
            return (
              <tr key={user.id} className={user.active ? undefined : 'sb-row-inactive'}>
                <td>
                  <Group gap="sm" wrap="nowrap">
                    <Avatar radius="xl" color={user.active ? 'indigo' : 'gray'} aria-hidden>
                      {personInitials(user.displayName)}
                    </Avatar>
                    <Stack gap={0}>
                      <Text size="sm" fw={500}>
                        {user.displayName}
                        {isMe && ' (you)'}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {user.email}
                      </Text>
                    </Stack>
                  </Group>
                </td>
                <td>{ROLE_LABELS[user.role]}</td>
                <td>
                  {user.supervisorId ? (names.get(user.supervisorId) ?? 'Unknown') : '—'}
                  {user.requiresCosign && ', co-signs their notes'}
                </td>
                <td>
                  <Badge variant={user.active ? 'light' : 'outline'} color={user.active ? 'indigo' : 'gray'} tt="none" fw={500} radius="sm">
                    {user.active ? 'Active' : 'Deactivated'}
                  </Badge>
                </td>
                <td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => onEdit(user)} aria-label={`Edit ${user.displayName}`}>
                      Edit
                    </Button>
                    {/* An admin cannot lock themselves out of the practice. */}
                    {!isMe && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onToggleActive(user)}
                        aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.displayName}`}
                      >
                        {user.active ? 'Deactivate' : 'Reactivate'}
                      </Button>
                    )}
                  </Group>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
