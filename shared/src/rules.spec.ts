import { isCalendarDate } from './rules';

describe('isCalendarDate', () => {
  it.each(['2026-03-02', '2024-02-29', '2000-12-31'])('accepts the real date %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-3-2', '02/03/2026', '', 20260302, null])('rejects %p', (d) => {
    expect(isCalendarDate(d)).toBe(false);
  });
});
