import {
  checkNoteDates,
  emptyNotesMessage,
  filterNotes,
  hasNoteFilters,
  NO_NOTE_FILTERS,
  notesQuery,
  notesSearch,
  parseNotesFilters,
} from './note-filters';

const GOAL_A = '0702943c-61f8-4f36-904e-fe34c2471459';
const GOAL_B = '83b9f5dc-6a3a-41f0-aecb-66072d45c59f';

describe('parseNotesFilters', () => {
  it('reads approach, goal and dates from the address', () => {
    expect(parseNotesFilters(new URLSearchParams(`tab=notes&approach=eft&goal=${GOAL_A}&from=2026-03-01&to=2026-03-31`))).toEqual({
      approach: 'eft',
      goalId: GOAL_A,
      from: '2026-03-01',
      to: '2026-03-31',
    });
  });
  it('ignores what is not a known approach, a goal id or a real date', () => {
    expect(parseNotesFilters(new URLSearchParams('approach=psychoanalysis&goal=abc&from=2026-02-30&to=yesterday'))).toEqual(NO_NOTE_FILTERS);
  });
});

describe('notesSearch', () => {
  it('writes the filters and keeps the tab', () => {
    const next = notesSearch(new URLSearchParams('tab=notes&goal=x'), { ...NO_NOTE_FILTERS, approach: 'cbt', from: '2026-03-01' });
    expect(next.toString()).toBe('tab=notes&approach=cbt&from=2026-03-01');
  });
  it('drops cleared filters', () => {
    expect(notesSearch(new URLSearchParams('tab=notes&approach=cbt'), NO_NOTE_FILTERS).toString()).toBe('tab=notes');
  });
});

describe('notesQuery', () => {
  it('asks the server for one UTC day more either side', () => {
    expect(notesQuery({ approach: 'eft', goalId: GOAL_A, from: '2026-03-01', to: '2026-03-31' })).toEqual({
      approach: 'eft',
      from: '2026-02-28',
      to: '2026-04-01',
    });
  });
  it('sends nothing unfiltered', () => {
    expect(notesQuery(NO_NOTE_FILTERS)).toEqual({});
  });
});

describe('filterNotes', () => {
  const notes = [
    { id: 'late-evening-new-york', goalIds: [GOAL_A], sessionStartedAt: '2026-03-02T02:30:00Z' },
    { id: 'both-goals', goalIds: [GOAL_A, GOAL_B], sessionStartedAt: '2026-03-10T15:00:00Z' },
    { id: 'no-goals', goalIds: [], sessionStartedAt: '2026-03-20T15:00:00Z' },
  ];
  const ids = (list: { id: string }[]) => list.map((n) => n.id);

  it('keeps everything without filters', () => {
    expect(ids(filterNotes(notes, NO_NOTE_FILTERS))).toEqual(['late-evening-new-york', 'both-goals', 'no-goals']);
  });
  it('keeps notes that target the goal', () => {
    expect(ids(filterNotes(notes, { ...NO_NOTE_FILTERS, goalId: GOAL_B }))).toEqual(['both-goals']);
    expect(ids(filterNotes(notes, { ...NO_NOTE_FILTERS, goalId: GOAL_A }))).toEqual(['late-evening-new-york', 'both-goals']);
  });
  it('uses the local calendar day, both ends included', () => {
    const march2 = { ...NO_NOTE_FILTERS, from: '2026-03-02', to: '2026-03-10' };
    // 02:30 UTC on 2 March is the evening of 1 March in New York.
    expect(ids(filterNotes(notes, march2, 'America/New_York'))).toEqual(['both-goals']);
    expect(ids(filterNotes(notes, march2, 'Europe/Berlin'))).toEqual(['late-evening-new-york', 'both-goals']);
    expect(ids(filterNotes(notes, { ...NO_NOTE_FILTERS, to: '2026-03-01' }, 'America/New_York'))).toEqual(['late-evening-new-york']);
  });
  it('combines goal and dates', () => {
    expect(ids(filterNotes(notes, { ...NO_NOTE_FILTERS, goalId: GOAL_A, from: '2026-03-05' }, 'UTC'))).toEqual(['both-goals']);
  });
});

describe('filter words', () => {
  it('says whether anything is filtered, and why the list is empty', () => {
    expect(hasNoteFilters(NO_NOTE_FILTERS)).toBe(false);
    expect(hasNoteFilters({ ...NO_NOTE_FILTERS, to: '2026-03-01' })).toBe(true);
    expect(emptyNotesMessage(NO_NOTE_FILTERS)).toMatch(/No intervention notes yet/);
    expect(emptyNotesMessage({ ...NO_NOTE_FILTERS, approach: 'eft' })).toBe('No intervention notes match these filters.');
  });
  it('points out a reversed date range', () => {
    expect(checkNoteDates({ ...NO_NOTE_FILTERS, from: '2026-03-10', to: '2026-03-01' })).toMatch(/after/);
    expect(checkNoteDates({ ...NO_NOTE_FILTERS, from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });
});
