import { Anchor, Paper, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { TableScroll } from '../../../components/table-scroll';
import { usePageTitle } from '../../../components/use-page-title';
import { formatInstant } from '../../../lib/dates';
import { clientDisplayName } from '../../../lib/names';
import { clientQuery } from '../../clients/api/get-client';
import { useColleagueName } from '../../clients/api/list-colleagues';
import { sessionTitle } from '../../sessions/session-labels';
import { useReviews, type ReviewItem } from '../api/list-reviews';
import { superviseesIn, waitedFor } from '../review-queue';

function ClientName({ clientId }: { clientId: string }) {
  const client = useQuery(clientQuery(clientId));
  return <>{client.data ? clientDisplayName(client.data) : '…'}</>;
}

function QueueRow({ item, authorName, now }: { item: ReviewItem; authorName: string; now: Date }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/sessions/${item.session.id}`} fw={500}>
          {sessionTitle(item.session.startedAt)}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <ClientName clientId={item.clientId} />
      </Table.Td>
      <Table.Td>{authorName}</Table.Td>
      <Table.Td>
        <time dateTime={item.submittedAt} title={formatInstant(item.submittedAt)}>
          {waitedFor(item.submittedAt, now)}
        </time>
      </Table.Td>
    </Table.Tr>
  );
}

/** /reviews — a supervisor's queue: supervisee sessions waiting for co-signature, oldest first. */
export function ReviewsPage() {
  usePageTitle('Reviews');
  const [params, setParams] = useSearchParams();
  const supervisee = params.get('clinician');
  // The unfiltered queue gives the filter its choices (and is the navigation's count, cached).
  const everyone = useReviews(null);
  const queue = useReviews(supervisee);
  const nameOf = useColleagueName();
  const now = new Date();
  const choices = superviseesIn(everyone.data ?? [], nameOf);

  const items = queue.data;
  return (
    <Stack gap="md" maw={960}>
      <PageHeader
        title="Reviews"
        description="Your supervisees' sessions waiting for your co-signature, the longest waiting first. Open one to read it, then co-sign it or return it with a comment."
      />
      {choices.length > 1 || supervisee ? (
        <Select
          label="Supervisee"
          placeholder="Everyone"
          data={choices}
          value={supervisee}
          onChange={(value) => setParams(value ? { clinician: value } : {}, { replace: true })}
          clearable
          maw={280}
        />
      ) : null}
      {queue.error ? (
        <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      ) : !items ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading the queue">
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : items.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{supervisee ? 'Nothing from this supervisee is waiting for you.' : 'Nothing is waiting for your co-signature.'}</Text>
        </Paper>
      ) : (
        <TableScroll minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Caption>{items.length === 1 ? '1 session waiting' : `${items.length} sessions waiting`}, the longest waiting first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Session</Table.Th>
                <Table.Th scope="col">Client</Table.Th>
                <Table.Th scope="col">Written by</Table.Th>
                <Table.Th scope="col">Waiting for</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <QueueRow key={item.session.id} item={item} authorName={nameOf(item.clinicianId) ?? 'A colleague'} now={now} />
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
