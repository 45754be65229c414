import { dayMs, domainMonths, edgeSafeTicks, formatDay, formatTick, monthLabel, monthsBetween, timeDomain, timeTicks } from './time-axis';

describe('time axis', () => {
  it('turns calendar days into UTC midnights and back', () => {
    expect(dayMs('2026-03-02')).toBe(Date.UTC(2026, 2, 2));
    expect(formatDay(dayMs('2026-03-02'))).toBe('2 Mar 2026');
    expect(formatTick(dayMs('2026-12-01'))).toBe('Dec 2026');
    expect(monthLabel('2026-03')).toBe('Mar 2026');
  });

  it('lists the months of a span across a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-05', '2026-05')).toEqual(['2026-05']);
    expect(monthsBetween('2026-06', '2026-05')).toEqual([]);
  });

  it('spans the data when the range is open, the range where it has ends', () => {
    const dates = ['2026-07-01', '2026-05-03', '2026-11-22'];
    expect(timeDomain({}, dates)).toEqual([dayMs('2026-05-03'), dayMs('2026-11-22')]);
    expect(timeDomain({ from: '2026-06-01', to: '2026-12-31' }, dates)).toEqual([dayMs('2026-06-01'), dayMs('2026-12-31')]);
    expect(timeDomain({ from: '2026-06-01' }, dates)).toEqual([dayMs('2026-06-01'), dayMs('2026-11-22')]);
    expect(timeDomain({}, [])).toBeNull();
  });

  it('widens a single day by a week each side', () => {
    expect(timeDomain({}, ['2026-05-10'])).toEqual([dayMs('2026-05-03'), dayMs('2026-05-17')]);
  });

  it('lists the months a domain covers', () => {
    expect(domainMonths([dayMs('2026-05-03'), dayMs('2026-07-22')])).toEqual(['2026-05', '2026-06', '2026-07']);
    expect(domainMonths(null)).toEqual([]);
  });

  it('ticks on month starts, stepping to stay within the count', () => {
    const domain: [number, number] = [dayMs('2026-05-03'), dayMs('2026-11-22')];
    expect(timeTicks(domain, 10).map(formatTick)).toEqual(['Jun 2026', 'Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026', 'Nov 2026']);
    // Two-month steps land on odd months (Jan, Mar, …), wherever the course began.
    expect(timeTicks(domain, 3).map(formatTick)).toEqual(['Jul 2026', 'Sep 2026', 'Nov 2026']);
    const fiveYears: [number, number] = [dayMs('2021-01-01'), dayMs('2025-12-31')];
    expect(timeTicks(fiveYears, 6).map(formatTick)).toEqual(['Jan 2021', 'Jan 2022', 'Jan 2023', 'Jan 2024', 'Jan 2025']);
  });

  it('has one tick for a span inside a single month', () => {
    expect(timeTicks([dayMs('2026-05-03'), dayMs('2026-05-17')], 5)).toEqual([dayMs('2026-05-03')]);
  });

  it('drops ticks whose label would stick out of the chart', () => {
    const domain: [number, number] = [0, 1000];
    const room = { left: 34, right: 12 };
    // 4 px and 396 px into a 400 px plot: the left label has the y axis beside it, the right one no room.
    expect(edgeSafeTicks([10, 500, 990], domain, 400, 28, room)).toEqual([10, 500]);
    expect(edgeSafeTicks([100, 900], domain, 400, 28, room)).toEqual([100, 900]);
    expect(edgeSafeTicks([995], domain, 400, 28, room)).toEqual([995]);
  });
});
