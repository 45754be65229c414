import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { APPROACH_INFO, APPROACHES, type Approach } from '@securebase/shared';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatInstant } from '../../../lib/dates';
import { GOAL_STATUS_LABELS } from '../../goals/goal-rules';
import type { Goal } from '../../goals/api/list-goals';
import { useNoteList } from '../api/list-notes';
import type { ReviewNote } from '../api/session-types';
import {
  checkNoteDates,
  emptyNotesMessage,
  filterNotes,
  hasNoteFilters,
  NO_NOTE_FILTERS,
  notesQuery,
  notesSearch,
  parseNotesFilters,
  type NotesFilters,
} from '../note-filters';
import { ApproachBadge, ApproachOption } from './approach-badge';
import { approachFilter } from './approach-select-filter';
import { SessionStatusBadge } from './session-badges';

const approachOptions = APPROACHES.map((value) => ({ value, label: APPROACH_INFO[value].label }));

function NoteItem({ note, goalTitles }: { note: ReviewNote; goalTitles: Map<string, string> }) {
  const goals = note.goalIds.map((id) => goalTitles.get(id) ?? 'A goal');
  return (
    <Paper withBorder p="md" component="article">
      <Stack gap={8}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="sm" wrap="wrap">
            <ApproachBadge approach={note.approach} />
            <Anchor component={Link} to={`/sessions/${note.sessionId}`} size="sm" className="tabular-figures">
              Session of {formatInstant(note.sessionStartedAt)}
            </Anchor>
          </Group>
          {note.sessionStatus === 'draft' && <SessionStatusBadge status="draft" />}
        </Group>
        {note.techniques.length > 0 && (
          <Group gap={6} role="group" aria-label="Techniques">
            {note.techniques.map((technique) => (
              <Badge key={technique} variant="light" color="gray" radius="sm" tt="none" fw={500} c="gray.8">
                {technique}
              </Badge>
            ))}
          </Group>
        )}
        {note.note ? (
          <Text size="sm" className="sb-prewrap">
            {note.note}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No note text.
          </Text>
        )}
        {goals.length > 0 && (
          <Text size="xs" c="dimmed">
            Goals targeted: {goals.join('; ')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

interface NotesTabProps {
  clientId: string;
  goals: readonly Goal[];
}

/** Every intervention note of the client, filterable by approach, goal and dates. */
export function NotesTab({ clientId, goals }: NotesTabProps) {
  const [params, setParams] = useSearchParams();
  const filters = parseNotesFilters(params);
  const dateProblem = checkNoteDates(filters);
  const list = useNoteList(clientId, notesQuery(filters));
  const loaded = list.data?.pages.flatMap((page) => page.items) ?? [];
  const notes = dateProblem ? [] : filterNotes(loaded, filters);
  const goalTitles = new Map(goals.map((g) => [g.id, g.title]));
  const goalOptions = goals.map((g) => ({
    value: g.id,
    label: g.status === 'active' ? g.title : `${g.title} (${GOAL_STATUS_LABELS[g.status].toLowerCase()})`,
  }));

  const change = (next: Partial<NotesFilters>) => setParams(notesSearch(params, { ...filters, ...next }), { replace: true });

  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-label="Filter notes">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <Select
            label="Approach"
            placeholder="All approaches"
            data={approachOptions}
            value={filters.approach}
            onChange={(value) => change({ approach: value as Approach | null })}
            renderOption={({ option }) => <ApproachOption approach={option.value as Approach} />}
            clearable
            searchable
            filter={approachFilter}
            selectFirstOptionOnChange
          />
          <Select
            label="Goal"
            placeholder="All goals"
            data={goalOptions}
            value={filters.goalId}
            onChange={(value) => change({ goalId: value })}
            clearable
            searchable
            selectFirstOptionOnChange
            nothingFoundMessage="No goal matches"
          />
          <TextInput
            label="From"
            type="date"
            value={filters.from}
            onChange={(event) => change({ from: event.currentTarget.value })}
            error={dateProblem}
          />
          <TextInput label="To" type="date" value={filters.to} onChange={(event) => change({ to: event.currentTarget.value })} />
        </SimpleGrid>
        {hasNoteFilters(filters) && (
          <Group justify="space-between" mt="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {list.isPending ? 'Loading…' : `${notes.length} ${notes.length === 1 ? 'note' : 'notes'} shown`}
            </Text>
            <Button variant="subtle" size="xs" onClick={() => change(NO_NOTE_FILTERS)}>
              Clear filters
            </Button>
          </Group>
        )}
      </Paper>

      {list.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading notes">
          {[0, 1].map((i) => (
            <Skeleton key={i} height={110} radius="md" />
          ))}
        </Stack>
      ) : list.isError && loaded.length === 0 ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Stack gap="sm" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          {notes.length === 0 ? (
            <Paper withBorder p="xl">
              <Text ta="center">{dateProblem ?? emptyNotesMessage(filters)}</Text>
            </Paper>
          ) : (
            notes.map((note) => <NoteItem key={note.id} note={note} goalTitles={goalTitles} />)
          )}
          {list.isFetchNextPageError && <ErrorAlert error={list.error} />}
          {list.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                Show older notes
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
