// The Notes tab: every intervention note of a client, filtered by approach, goal and dates. The
// filters live in the address (?approach=eft&goal=…&from=…&to=…) so a filtered view can be
// bookmarked and Back works. Dates are the clinician's local calendar days.
import { APPROACHES, isCalendarDate, type Approach } from '@securebase/shared';
import { addDays } from '../../lib/dates';
import { localDateOf } from '../../lib/local-time';

export interface NotesFilters {
  approach: Approach | null;
  goalId: string | null;
  /** First local day included, `YYYY-MM-DD`, or ''. */
  from: string;
  /** Last local day included, `YYYY-MM-DD`, or ''. */
  to: string;
}

/** What the server is asked for: approach and a day range in UTC days. */
export interface NotesQuery {
  approach?: Approach;
  from?: string;
  to?: string;
}

export const NO_NOTE_FILTERS: NotesFilters = { approach: null, goalId: null, from: '', to: '' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseNotesFilters(params: URLSearchParams): NotesFilters {
  const approach = params.get('approach');
  const goal = params.get('goal');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    approach: APPROACHES.includes(approach as Approach) ? (approach as Approach) : null,
    goalId: goal && UUID.test(goal) ? goal : null,
    from: isCalendarDate(from) ? from : '',
    to: isCalendarDate(to) ? to : '',
  };
}

/** The address for these filters, keeping whatever else it says (the tab). */
export function notesSearch(current: URLSearchParams, filters: NotesFilters): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (name: string, value: string | null) => (value ? next.set(name, value) : next.delete(name));
  set('approach', filters.approach);
  set('goal', filters.goalId);
  set('from', filters.from);
  set('to', filters.to);
  return next;
}

export function hasNoteFilters(filters: NotesFilters): boolean {
  return Boolean(filters.approach || filters.goalId || filters.from || filters.to);
}

export function checkNoteDates(filters: NotesFilters): string | null {
  return filters.from && filters.to && filters.from > filters.to ? 'The "From" date is after the "To" date' : null;
}

/**
 * The server filters by approach and by UTC day; the local day of an evening session can be
 * the next UTC day (or the previous one east of Greenwich), so one day either side is asked
 * for and the exact local range is applied here.
 */
export function notesQuery(filters: NotesFilters): NotesQuery {
  const query: NotesQuery = {};
  if (filters.approach) query.approach = filters.approach;
  if (filters.from) query.from = addDays(filters.from, -1);
  if (filters.to) query.to = addDays(filters.to, 1);
  return query;
}

interface FilterableNote {
  goalIds: readonly string[];
  sessionStartedAt: string;
}

/** Notes within the local day range that target the chosen goal. */
export function filterNotes<N extends FilterableNote>(notes: readonly N[], filters: NotesFilters, timeZone?: string): N[] {
  return notes.filter((note) => {
    if (filters.goalId && !note.goalIds.includes(filters.goalId)) return false;
    if (filters.from || filters.to) {
      const day = localDateOf(note.sessionStartedAt, timeZone);
      if (filters.from && day < filters.from) return false;
      if (filters.to && day > filters.to) return false;
    }
    return true;
  });
}

/** Why the list is empty, in words. */
export function emptyNotesMessage(filters: NotesFilters): string {
  return hasNoteFilters(filters)
    ? 'No intervention notes match these filters.'
    : 'No intervention notes yet. They are written when a session is logged.';
}
