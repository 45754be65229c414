import { superviseesIn, waitedFor } from './review-queue';

const now = new Date('2026-03-10T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('waitedFor', () => {
  it('reads in minutes, then hours up to two days, then days', () => {
    expect(waitedFor(ago(20_000), now)).toBe('under a minute');
    expect(waitedFor(ago(60_000), now)).toBe('1 minute');
    expect(waitedFor(ago(59 * 60_000), now)).toBe('59 minutes');
    expect(waitedFor(ago(3_600_000), now)).toBe('1 hour');
    expect(waitedFor(ago(47 * 3_600_000), now)).toBe('47 hours');
    expect(waitedFor(ago(48 * 3_600_000), now)).toBe('2 days');
    expect(waitedFor(ago(9 * 86_400_000 + 5), now)).toBe('9 days');
  });

  it('never reads as a negative wait when the clocks disagree', () => {
    expect(waitedFor(new Date(now.getTime() + 5_000).toISOString(), now)).toBe('under a minute');
  });
});

describe('superviseesIn', () => {
  it('names each author once, alphabetically, and never drops one it cannot name', () => {
    const names: Record<string, string> = { a: 'Omar Haddad', b: 'Clara Weiss' };
    const items = [{ clinicianId: 'a' }, { clinicianId: 'b' }, { clinicianId: 'a' }, { clinicianId: 'c' }];
    expect(superviseesIn(items, (id) => names[id] ?? null)).toEqual([
      { value: 'c', label: 'A colleague' },
      { value: 'b', label: 'Clara Weiss' },
      { value: 'a', label: 'Omar Haddad' },
    ]);
  });
});
