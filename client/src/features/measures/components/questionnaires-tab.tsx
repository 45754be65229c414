import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { INSTRUMENTS, NO_VERDICT_LABEL, NO_VERDICT_REASON, type InstrumentCode, type InstrumentDefinition } from '@securebase/shared';
import { Fragment, useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { TableScroll } from '../../../components/table-scroll';
import { formatCalendarDate } from '../../../lib/dates';
import { useMeasureList } from '../api/list-measures';
import { useReviewMeasure } from '../api/review-measure';
import {
  changeSpan,
  countByInstrument,
  groupByInstrument,
  instrumentFilterSearch,
  parseInstrumentFilter,
  formatRci,
  isAwaitingReview,
  verdictText,
  type Measure,
  type InstrumentGroup,
} from '../measure-groups';
import { flagInfo, scoreLines } from '../measure-labels';
import { MeasureAnswers } from './measure-answers';
import { BandBadge } from './band-badge';
import '../measures.css';

/** How many measures a group shows before "Show all". */
const FIRST_ROWS = 10;

function ReliableChangeLine({ group }: { group: InstrumentGroup }) {
  const instrument = INSTRUMENTS[group.instrument];
  if (group.items.length < 2) {
    return (
      <Text size="sm" c="dimmed">
        Reliable change: needs a second questionnaire of this kind.
      </Text>
    );
  }
  const unconfirmed = group.changes.some((c) => c.change === null);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        Reliable change, first ({formatCalendarDate(group.changes[0]?.first.administeredOn ?? '')}) to latest (
        {formatCalendarDate(group.changes[0]?.latest.administeredOn ?? '')}):
      </Text>
      {group.changes.map((c) => (
        <Text key={c.scale} size="sm" className="tabular-figures" data-verdict={c.change?.verdict ?? 'none'}>
          {instrument.scales.length > 1 && `${c.label}: `}
          {changeSpan(group.instrument, c)} · <strong>{verdictText(c.change)}</strong>
          {c.change && (
            <Text span size="xs" c="dimmed">
              {' '}
              (RCI {formatRci(c.change.rci)})
            </Text>
          )}
        </Text>
      ))}
      {unconfirmed && (
        <Text size="xs" c="dimmed">
          {NO_VERDICT_LABEL}: {NO_VERDICT_REASON.charAt(0).toLowerCase() + NO_VERDICT_REASON.slice(1)}
        </Text>
      )}
    </Stack>
  );
}

/** Who entered it; a client's result not yet read by the clinician carries "New" and "Mark reviewed". */
function SourceCell({ item, canWrite }: { item: Measure; canWrite: boolean }) {
  const review = useReviewMeasure(item.clientId);
  if (item.source !== 'client')
    return (
      <Text span size="sm">
        Clinician
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Text span size="sm">
        Client
      </Text>
      {isAwaitingReview(item) && (
        <>
          <Badge color="indigo" variant="filled" radius="sm" tt="none" fw={600} data-new-result>
            New
          </Badge>
          {canWrite && (
            <Button variant="subtle" size="compact-sm" loading={review.isPending} onClick={() => review.mutate(item.id)}>
              Mark reviewed<VisuallyHidden> ({formatCalendarDate(item.administeredOn)})</VisuallyHidden>
            </Button>
          )}
        </>
      )}
    </Group>
  );
}

function MeasureRow({ item, instrument, canWrite }: { item: Measure; instrument: InstrumentDefinition; canWrite: boolean }) {
  const [open, setOpen] = useState(false);
  const answersId = useId();
  const date = formatCalendarDate(item.administeredOn);
  const lines = scoreLines(instrument, item.scores);
  return (
    <Fragment>
      <tr data-measure-id={item.id}>
        <td className="num sb-nowrap">{date}</td>
        <td className="sb-nowrap">
          <SourceCell item={item} canWrite={canWrite} />
        </td>
        <td className="num">
          {lines.map((line, i) => (
            <span key={line.scale}>
              {i > 0 && ' · '}
              {lines.length > 1 && (
                <Text span size="xs" c="dimmed">
                  {line.label}{' '}
                </Text>
              )}
              <strong>{line.value}</strong>
            </span>
          ))}
        </td>
        <td>
          {item.band ? (
            <BandBadge instrument={instrument} band={item.band} />
          ) : (
            <Text span size="sm" c="dimmed">
              —
            </Text>
          )}
        </td>
        <td>
          {item.flags.length > 0 ? (
            item.flags.map((flag) => {
              const info = flagInfo(instrument, flag);
              return (
                <Text key={flag} span size="sm" fw={600} c="#8f3f00" title={info.label}>
                  <span aria-hidden>⚠ </span>
                  {info.short}
                </Text>
              );
            })
          ) : (
            <VisuallyHidden>None</VisuallyHidden>
          )}
        </td>
        <td>
          {item.sessionId ? (
            <Anchor component={Link} to={`/sessions/${item.sessionId}`} size="sm">
              Session
            </Anchor>
          ) : null}
        </td>
        <td className="sb-nowrap">
          <Button variant="subtle" size="compact-sm" aria-expanded={open} aria-controls={answersId} onClick={() => setOpen((o) => !o)}>
            {open ? 'Hide answers' : 'Answers'}
            <VisuallyHidden> of {date}</VisuallyHidden>
          </Button>
        </td>
      </tr>
      {open && (
        <tr className="sb-measure-answers" id={answersId}>
          <td colSpan={7}>
            <MeasureAnswers
              instrument={instrument}
              responses={item.responses}
              caption={
                instrument.reversedItems.length > 0
                  ? `${instrument.name}, ${date}: answers as given; reversed items count as ${instrument.min + instrument.max} − answer.`
                  : `${instrument.name}, ${date}: answers as given.`
              }
            />
          </td>
        </tr>
      )}
    </Fragment>
  );
}

function InstrumentSection({ group, canWrite }: { group: InstrumentGroup; canWrite: boolean }) {
  const instrument = INSTRUMENTS[group.instrument];
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? group.items : group.items.slice(0, FIRST_ROWS);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-instrument={group.instrument}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {instrument.name}{' '}
            <Text span c="dimmed" fw={400}>
              — {instrument.measures}
            </Text>
          </Title>
          <Text size="sm" c="dimmed">
            Completed {group.items.length === 1 ? 'once' : `${group.items.length} times`}
          </Text>
        </Group>
        <ReliableChangeLine group={group} />
        <TableScroll minWidth={720}>
          <table className="sb-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Entered by</th>
                <th scope="col">{instrument.scales.length > 1 ? 'Scores' : 'Score'}</th>
                <th scope="col">Band</th>
                <th scope="col">Flags</th>
                <th scope="col">Session</th>
                <th scope="col">
                  <VisuallyHidden>Item answers</VisuallyHidden>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <MeasureRow key={item.id} item={item} instrument={instrument} canWrite={canWrite} />
              ))}
            </tbody>
          </table>
        </TableScroll>
        {group.items.length > FIRST_ROWS && (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => setShowAll((s) => !s)}>
              {showAll ? `Show the latest ${FIRST_ROWS}` : `Show all ${group.items.length}`}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

interface QuestionnairesTabProps {
  clientId: string;
  canWrite: boolean;
}

/** Every measure, grouped by instrument and newest first, with reliable change per scale. */
export function QuestionnairesTab({ clientId, canWrite }: QuestionnairesTabProps) {
  const [params, setParams] = useSearchParams();
  const only = parseInstrumentFilter(params);
  const list = useMeasureList(clientId);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  // Reliable change compares the first measure with the latest, so every page is needed.
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = list;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  if (list.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading questionnaires">
        {[0, 1].map((i) => (
          <Skeleton key={i} height={160} radius="md" />
        ))}
      </Stack>
    );
  }
  if (list.isError && items.length === 0) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (items.length === 0) {
    return (
      <Paper withBorder p="xl">
        <Stack align="center" gap="md">
          <Text>No questionnaires have been recorded for this client yet.</Text>
          {/* The header has the same action; here it is the empty state's one next step. */}
          {canWrite && (
            <Button component={Link} to={`/clients/${clientId}/measures/new`}>
              Record questionnaire
            </Button>
          )}
        </Stack>
      </Paper>
    );
  }

  const counts = countByInstrument(items);
  const present = (Object.keys(INSTRUMENTS) as InstrumentCode[]).filter((code) => counts[code]);
  const shown = only && counts[only] ? only : null;
  const groups = groupByInstrument(items, shown);
  const filterData = [
    { value: 'all', label: `All (${items.length})` },
    ...present.map((code) => ({ value: code, label: `${INSTRUMENTS[code].name} (${counts[code]})` })),
  ];

  return (
    <Stack gap="md">
      {present.length > 1 && (
        // Five instruments do not fit a phone's width: the filter scrolls sideways there.
        <Group gap="sm" wrap="nowrap" style={{ maxWidth: '100%', overflowX: 'auto' }}>
          <SegmentedControl
            aria-label="Show questionnaire"
            data={filterData}
            value={shown ?? 'all'}
            onChange={(value) => setParams(instrumentFilterSearch(params, value === 'all' ? null : (value as InstrumentCode)), { replace: true })}
          />
        </Group>
      )}
      {hasNextPage && (
        <Text size="sm" c="dimmed" role="status">
          Loading older questionnaires…
        </Text>
      )}
      {isFetchNextPageError && <ErrorAlert error={list.error} onRetry={() => void fetchNextPage()} />}
      {groups.map((group) => (
        <InstrumentSection key={group.instrument} group={group} canWrite={canWrite} />
      ))}
    </Stack>
  );
}
