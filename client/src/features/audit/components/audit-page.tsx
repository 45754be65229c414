import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { AUDIT_ACTIONS, type AuditAction } from '@securebase/shared';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { useSignedInUser } from '../../auth/api/get-current-user';
import { useUsers } from '../../admin/api/list-users';
import { useAuditEvents, type AuditFilters } from '../api/list-audit-events';
import { useClientNames } from '../api/list-client-names';
import { AUDIT_ACTION_LABELS } from '../audit-labels';
import { AuditTable } from './audit-table';

const actionOptions = AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] }));

export function AuditPage() {
  usePageTitle('Audit trail');
  const me = useSignedInUser();
  const [filters, setFilters] = useState<AuditFilters>({ action: '', from: '', to: '' });
  const events = useAuditEvents(filters);
  // Only admins may list accounts; supervisors see "You" or a short id for other people.
  const users = useUsers({ enabled: me.role === 'admin' });
  const names = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
  names.set(me.id, `${me.displayName} (you)`);
  // Admins see no clinical content, client names included.
  const clientNames = useClientNames({ enabled: me.role !== 'admin' });
  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      <PageHeader
        title="Audit trail"
        description={
          me.role === 'admin'
            ? 'Every sign-in, read, change, signature and export in the practice. Newest first; entries can never be changed.'
            : "Every read, change, signature and export of your supervisees' clients. Newest first; entries can never be changed."
        }
      />
      <Group gap="md" align="flex-end" role="search">
        <Select
          label="Action"
          placeholder="All actions"
          data={actionOptions}
          clearable
          w={220}
          value={filters.action || null}
          onChange={(action) => setFilters({ ...filters, action: (action ?? '') as AuditAction | '' })}
        />
        <TextInput label="From" type="date" value={filters.from} onChange={(e) => setFilters({ ...filters, from: e.currentTarget.value })} />
        <TextInput label="To" type="date" value={filters.to} onChange={(e) => setFilters({ ...filters, to: e.currentTarget.value })} />
      </Group>
      {events.isPending ? (
        <PageLoader label="Loading the audit trail…" />
      ) : events.isError && rows.length === 0 ? (
        <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center">No audit entries match these filters.</Text>
        </Paper>
      ) : (
        <>
          <AuditTable events={rows} names={names} clientNames={clientNames.data} linkClients={me.role !== 'admin'} busy={events.isPlaceholderData} />
          {events.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
                Show older entries
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
