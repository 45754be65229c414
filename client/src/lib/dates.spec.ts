import { addDays, ageOn, daysBetween, formatCalendarDate, formatInstant, localCalendarDate, relativeDate } from './dates';

describe('localCalendarDate', () => {
  it('uses the local calendar, padded', () => {
    expect(localCalendarDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localCalendarDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

describe('addDays and daysBetween', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('counts whole days either way', () => {
    expect(daysBetween('2026-03-02', '2026-03-09')).toBe(7);
    expect(daysBetween('2026-03-09', '2026-03-02')).toBe(-7);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });
});

describe('ageOn', () => {
  it('counts completed years', () => {
    expect(ageOn('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageOn('1990-06-15', '2026-06-15')).toBe(36);
    expect(ageOn('1990-06-15', '2026-12-01')).toBe(36);
  });
  it('ages a 29 February birthday on 1 March in common years', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
  });
  it('is 0 in the first year', () => {
    expect(ageOn('2026-01-10', '2026-03-02')).toBe(0);
  });
});

describe('formatCalendarDate', () => {
  it('writes day, short month and year', () => {
    expect(formatCalendarDate('2026-03-02')).toBe('2 Mar 2026');
    expect(formatCalendarDate('1999-12-31')).toBe('31 Dec 1999');
  });
  it('leaves anything else alone', () => {
    expect(formatCalendarDate('2026-02-30')).toBe('2026-02-30');
    expect(formatCalendarDate('')).toBe('');
  });
});

describe('relativeDate', () => {
  const today = '2026-03-20';
  it.each([
    ['2026-03-20', 'today'],
    ['2026-03-19', 'yesterday'],
    ['2026-03-21', 'tomorrow'],
    ['2026-03-17', '3 days ago'],
    ['2026-03-07', '13 days ago'],
    ['2026-03-06', '2 weeks ago'],
    ['2026-01-20', '8 weeks ago'],
    ['2026-01-19', '2 months ago'],
    ['2025-03-21', '11 months ago'],
    ['2025-03-20', '12 months ago'],
    ['2024-03-20', '2 years ago'],
    ['2026-03-25', 'in 5 days'],
  ])('%s is %s', (date, words) => {
    expect(relativeDate(date, today)).toBe(words);
  });
});

describe('formatInstant', () => {
  it('shows the local date and time', () => {
    const at = new Date(2026, 2, 2, 9, 5);
    expect(formatInstant(at.toISOString())).toBe('2 Mar 2026, 09:05');
  });
  it('returns unreadable input unchanged', () => {
    expect(formatInstant('not a time')).toBe('not a time');
  });
});
