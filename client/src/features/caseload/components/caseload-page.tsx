import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { usePageTitle } from '../../../components/use-page-title';
import { localCalendarDate } from '../../../lib/dates';
import { useDashboard } from '../api/get-dashboard';
import { useClientList } from '../api/list-clients';
import { caseloadSearch, emptyCaseloadMessage, FIRST_DIRECTION, nextSort, parseCaseloadFilters, type CaseloadFilters } from '../caseload-filters';
import { caseloadRows, filterRows, sortRows } from '../caseload-rows';
import { CaseloadFiltersBar } from './caseload-filters-bar';
import { CaseloadTable, CaseloadTableSkeleton } from './caseload-table';

function NewClientButton() {
  return (
    <Button component={Link} to="/clients/new">
      New client
    </Button>
  );
}

const SORT_WORDS: Record<CaseloadFilters['sort'], string> = {
  flags: 'flagged first',
  name: 'by name',
  attachment: 'by attachment style',
  lastSession: 'by last session',
  sessions: 'by sessions in 30 days',
  trend: 'by change in goal rating',
};

/**
 * The caseload: active clients come from the dashboard (figures, trend, flags, already in order of
 * urgency); discharged clients, who have no figures, from the client list, page by page.
 */
export function CaseloadPage() {
  usePageTitle('Caseload');
  const [params, setParams] = useSearchParams();
  const filters = parseCaseloadFilters(params);
  const withActive = filters.status !== 'discharged';
  const withDischarged = filters.status !== 'active';
  const dashboard = useDashboard(withActive);
  const list = useClientList({ status: 'discharged', q: filters.q }, withDischarged);
  const listed = list.data?.pages.flatMap((page) => page.items);

  const changeFilters = (next: CaseloadFilters) => setParams(caseloadSearch(next), { replace: true });

  const pending = (withActive && dashboard.isPending) || (withDischarged && list.isPending);
  const failed = (withActive && dashboard.isError) || (withDischarged && list.isError && !listed);
  const rows = sortRows(filterRows(caseloadRows(filters.status, dashboard.data?.clients, listed), filters), filters.sort, filters.dir);
  const reversed = filters.dir !== FIRST_DIRECTION[filters.sort] ? ', reversed' : '';
  // Discharged clients have no flags: "flagged first" leaves them in name order.
  const order = !withActive && filters.sort === 'flags' ? SORT_WORDS.name : SORT_WORDS[filters.sort];
  const note = withDischarged ? ' Session figures and flags are worked out for active clients.' : '';
  const caption = `${rows.length} ${rows.length === 1 ? 'client' : 'clients'} shown, ${order}${reversed}.${note}`;

  return (
    <Stack gap="md">
      <PageHeader title="Caseload" actions={<NewClientButton />} />
      <CaseloadFiltersBar filters={filters} onChange={changeFilters} />
      {pending ? (
        <CaseloadTableSkeleton />
      ) : failed ? (
        <ErrorAlert
          error={dashboard.error ?? list.error}
          onRetry={() => void Promise.all([withActive && dashboard.refetch(), withDischarged && list.refetch()])}
        />
      ) : rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="md">
            <Text>{emptyCaseloadMessage(filters)}</Text>
            <NewClientButton />
          </Stack>
        </Paper>
      ) : (
        <>
          <CaseloadTable
            rows={rows}
            busy={withDischarged && list.isPlaceholderData}
            sort={filters.sort}
            dir={filters.dir}
            onSort={(key) => changeFilters(nextSort(filters, key))}
            caption={caption}
            today={localCalendarDate()}
          />
          {withDischarged && list.isFetchNextPageError && <ErrorAlert error={list.error} />}
          {withDischarged && list.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                Show more discharged clients
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
