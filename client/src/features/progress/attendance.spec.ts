import { attendanceParts, attendanceSummary } from './attendance';

describe('attendance', () => {
  it('counts and rounds the shares', () => {
    const { total, parts } = attendanceParts({ attended: 23, cancelled: 5, noShow: 2 });
    expect(total).toBe(30);
    expect(parts.map((p) => [p.label, p.count, p.percent])).toEqual([
      ['Attended', 23, 77],
      ['Cancelled', 5, 17],
      ['No-show', 2, 7],
    ]);
  });

  it('says it in one sentence', () => {
    expect(attendanceSummary({ attended: 23, cancelled: 5, noShow: 2 })).toBe('23 of 30 sessions attended (77%), 5 cancelled, 2 no-show.');
    expect(attendanceSummary({ attended: 0, cancelled: 0, noShow: 0 })).toBe('No sessions in this period.');
  });
});
