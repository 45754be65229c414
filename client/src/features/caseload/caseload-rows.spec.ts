import type { ClientRecord } from '../clients/api/get-client';
import type { DashboardRow } from './api/get-dashboard';
import { caseloadRows, filterRows, matchesName, orderedFlags, sortRows, trendChange, trendWords, urgency } from './caseload-rows';
import { FLAGS } from './caseload-filters';

const client = (over: Partial<ClientRecord>): ClientRecord => ({
  id: 'c',
  firstName: 'A',
  lastName: 'B',
  preferredName: null,
  dateOfBirth: null,
  pronouns: null,
  attachmentStyle: 'anxious',
  presentingPatterns: [],
  intakeDate: '2026-01-01',
  status: 'active',
  primaryClinicianId: 'u',
  careTeam: ['u'],
  dischargedOn: null,
  email: null,
  contactByEmail: false,
  contactConsentOn: null,
  emailStoppedAt: null,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

const DASHBOARD: DashboardRow[] = [
  {
    client: client({ id: 'priya', firstName: 'Priya', lastName: 'Raman', attachmentStyle: 'disorganized' }),
    lastSessionAt: '2026-11-22T15:00:00.000Z',
    sessionsLast30Days: 3,
    goalTrend: [
      { date: '2026-09-01', meanRating: 5 },
      { date: '2026-11-22', meanRating: 3.5 },
    ],
    flags: ['unsigned_notes', 'reliably_worse'],
  },
  {
    client: client({ id: 'jon', firstName: 'Jonathan', preferredName: 'Jon', lastName: 'Reyes' }),
    lastSessionAt: '2026-10-01T15:00:00.000Z',
    sessionsLast30Days: 0,
    goalTrend: [
      { date: '2026-09-01', meanRating: 2.25 },
      { date: '2026-10-01', meanRating: 6.8 },
    ],
    flags: ['safety_item'],
  },
  {
    client: client({ id: 'maya', firstName: 'Maya', lastName: 'Lindqvist', attachmentStyle: 'secure' }),
    lastSessionAt: null,
    sessionsLast30Days: 0,
    goalTrend: [],
    flags: [],
  },
];
const DISCHARGED = [client({ id: 'ana', firstName: 'Ana', lastName: 'Abbott', status: 'discharged' })];

describe('caseloadRows', () => {
  it('takes active clients from the dashboard and discharged ones from the list', () => {
    expect(caseloadRows('active', DASHBOARD, DISCHARGED).map((r) => r.client.id)).toEqual(['priya', 'jon', 'maya']);
    expect(caseloadRows('discharged', DASHBOARD, DISCHARGED).map((r) => [r.client.id, r.figures])).toEqual([['ana', null]]);
    expect(caseloadRows('all', DASHBOARD, DISCHARGED).map((r) => r.client.id)).toEqual(['priya', 'jon', 'maya', 'ana']);
  });

  it('orders a client’s flags by urgency', () => {
    expect(caseloadRows('active', DASHBOARD, []).find((r) => r.client.id === 'priya')?.flags).toEqual(['reliably_worse', 'unsigned_notes']);
    expect(orderedFlags(['unsigned_notes', 'safety_item', 'no_session_30_days'])).toEqual(['safety_item', 'no_session_30_days', 'unsigned_notes']);
    expect(urgency(['safety_item', 'unsigned_notes'])).toBe(1001);
  });

  it('puts an open safety alert first, and new results from the client after a returned note', () => {
    expect(orderedFlags(['unsigned_notes', 'new_results', 'returned_notes', 'safety_item', 'safety_alert'])).toEqual([
      'safety_alert',
      'safety_item',
      'returned_notes',
      'new_results',
      'unsigned_notes',
    ]);
    // One open alert outweighs every other flag together.
    const others = FLAGS.filter((f) => f !== 'safety_alert');
    expect(urgency(['safety_alert'])).toBeGreaterThan(urgency(others));
    expect(urgency(['new_results'])).toBeGreaterThan(urgency(['awaiting_cosign']));
  });
});

describe('filterRows', () => {
  const rows = caseloadRows('all', DASHBOARD, DISCHARGED);
  it('finds by first, last, preferred or shown name', () => {
    expect(matchesName(DASHBOARD[1].client, 'jon re')).toBe(true);
    expect(matchesName(DASHBOARD[1].client, 'REYES')).toBe(true);
    expect(filterRows(rows, { q: 'lind', flag: '' }).map((r) => r.client.id)).toEqual(['maya']);
  });
  it('keeps flagged clients, or those with one flag', () => {
    expect(filterRows(rows, { q: '', flag: 'any' }).map((r) => r.client.id)).toEqual(['priya', 'jon']);
    expect(filterRows(rows, { q: '', flag: 'reliably_worse' }).map((r) => r.client.id)).toEqual(['priya']);
  });
});

describe('sortRows', () => {
  const rows = caseloadRows('all', DASHBOARD, DISCHARGED);
  const ids = (key: Parameters<typeof sortRows>[1], dir: 'asc' | 'desc') => sortRows(rows, key, dir).map((r) => r.client.id);

  it('puts the most urgent flags first, discharged clients last', () => {
    expect(ids('flags', 'desc')).toEqual(['jon', 'priya', 'maya', 'ana']);
    expect(ids('flags', 'asc')).toEqual(['maya', 'priya', 'jon', 'ana']);
  });
  it('sorts by last name, attachment style in the vocabulary’s order, last session, sessions and trend', () => {
    expect(ids('name', 'asc')).toEqual(['ana', 'maya', 'priya', 'jon']);
    expect(ids('attachment', 'asc')).toEqual(['maya', 'ana', 'jon', 'priya']);
    // Neither Maya (no session yet) nor Ana (discharged: no figures) has a last session: by name, last.
    expect(ids('lastSession', 'desc')).toEqual(['priya', 'jon', 'ana', 'maya']);
    expect(ids('sessions', 'desc')).toEqual(['priya', 'maya', 'jon', 'ana']);
    expect(ids('trend', 'desc')).toEqual(['jon', 'priya', 'ana', 'maya']);
  });
});

describe('trend', () => {
  it('says the first and latest mean rating', () => {
    expect(trendWords(DASHBOARD[1].goalTrend)).toBe('Mean goal rating 2.3 → 6.8');
    expect(trendWords([{ date: '2026-01-01', meanRating: 5 }])).toBe('Mean goal rating 5.0');
    expect(trendWords([])).toBe('No goal ratings yet');
    expect(trendChange(DASHBOARD[0].goalTrend)).toBe(-1.5);
    expect(trendChange([])).toBeNull();
  });
});
