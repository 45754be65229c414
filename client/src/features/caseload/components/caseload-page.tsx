import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { usePageTitle } from '../../../components/use-page-title';
import type { ClientListFilters } from '../../clients/api/client-keys';
import { useClientList } from '../api/list-clients';
import { caseloadSearch, emptyCaseloadMessage, parseCaseloadFilters } from '../caseload-filters';
import { CaseloadFiltersBar } from './caseload-filters-bar';
import { CaseloadTable, CaseloadTableSkeleton } from './caseload-table';

function NewClientButton() {
  return (
    <Button component={Link} to="/clients/new">
      New client
    </Button>
  );
}

export function CaseloadPage() {
  usePageTitle('Caseload');
  const [params, setParams] = useSearchParams();
  const filters = parseCaseloadFilters(params);
  const list = useClientList(filters);
  const clients = list.data?.pages.flatMap((page) => page.items) ?? [];

  const changeFilters = (next: ClientListFilters) => setParams(caseloadSearch(next), { replace: true });

  return (
    <Stack gap="md">
      <PageHeader title="Caseload" actions={<NewClientButton />} />
      <CaseloadFiltersBar filters={filters} onChange={changeFilters} />
      {list.isPending ? (
        <CaseloadTableSkeleton />
      ) : list.isError && clients.length === 0 ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : clients.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="md">
            <Text>{emptyCaseloadMessage(filters)}</Text>
            <NewClientButton />
          </Stack>
        </Paper>
      ) : (
        <>
          <CaseloadTable clients={clients} busy={list.isPlaceholderData} />
          {list.isFetchNextPageError && <ErrorAlert error={list.error} />}
          {list.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                Show more clients
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
