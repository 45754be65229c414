import { flagsFor } from './dashboard.service';

const now = new Date('2026-06-30T12:00:00Z');
// Instants arrive as ISO strings (database/instants.ts).
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

describe('flagsFor', () => {
  it('flags no session in 30 days for an established client', () => {
    expect(flagsFor({ lastSessionAt: daysAgo(31), hasUnsigned: false, intakeDate: '2026-01-01' }, now)).toEqual(['no_session_30_days']);
    expect(flagsFor({ lastSessionAt: daysAgo(29), hasUnsigned: false, intakeDate: '2026-01-01' }, now)).toEqual([]);
  });

  it('does not flag a client who started less than 30 days ago and has not been seen yet', () => {
    expect(flagsFor({ lastSessionAt: null, hasUnsigned: false, intakeDate: '2026-06-20' }, now)).toEqual([]);
    expect(flagsFor({ lastSessionAt: null, hasUnsigned: false, intakeDate: '2026-05-01' }, now)).toEqual(['no_session_30_days']);
  });

  it("flags a client's results awaiting review and an open safety alert", () => {
    const seen = { lastSessionAt: daysAgo(2), hasUnsigned: false, intakeDate: '2026-01-01' };
    expect(flagsFor({ ...seen, hasNewResults: true }, now)).toEqual(['new_results']);
    expect(flagsFor({ ...seen, hasOpenAlert: true }, now)).toEqual(['safety_alert']);
    expect(flagsFor({ ...seen, measureOverdue: true }, now)).toEqual(['measure_overdue']);
    expect(flagsFor({ ...seen, hasNewResults: false, hasOpenAlert: false }, now)).toEqual([]);
  });

  it('flags unsigned notes', () => {
    expect(flagsFor({ lastSessionAt: daysAgo(2), hasUnsigned: true, intakeDate: '2026-01-01' }, now)).toEqual(['unsigned_notes']);
  });

  it('flags a note returned to its author and one waiting for the supervisor', () => {
    const seen = { lastSessionAt: daysAgo(2), hasUnsigned: false, intakeDate: '2026-01-01' };
    // A returned note is a draft again, so it is unsigned as well.
    expect(flagsFor({ ...seen, hasUnsigned: true, hasReturned: true }, now)).toEqual(['unsigned_notes', 'returned_notes']);
    expect(flagsFor({ ...seen, awaitingCosign: true }, now)).toEqual(['awaiting_cosign']);
    expect(flagsFor({ ...seen, hasReturned: false, awaitingCosign: false }, now)).toEqual([]);
  });
});
