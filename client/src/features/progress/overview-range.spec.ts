import { addMonths, overviewRangeSearch, parseOverviewRange, rangeProblem, rangeQuery, WHOLE_COURSE } from './overview-range';

describe('parseOverviewRange', () => {
  it('defaults to the whole course', () => {
    expect(parseOverviewRange(new URLSearchParams('tab=overview'))).toEqual(WHOLE_COURSE);
    expect(parseOverviewRange(new URLSearchParams('range=2y'))).toEqual(WHOLE_COURSE);
  });
  it('reads a preset, ignoring dates that only a custom range uses', () => {
    expect(parseOverviewRange(new URLSearchParams('range=6m&from=2026-01-01'))).toEqual({
      preset: '6m',
      from: '',
      to: '',
    });
  });
  it('reads a custom range and drops dates that do not exist', () => {
    expect(parseOverviewRange(new URLSearchParams('range=custom&from=2026-03-01&to=2026-02-30'))).toEqual({
      preset: 'custom',
      from: '2026-03-01',
      to: '',
    });
  });
});

describe('overviewRangeSearch', () => {
  it('keeps the tab and leaves the default out', () => {
    const current = new URLSearchParams('tab=overview&range=3m');
    expect(overviewRangeSearch(current, WHOLE_COURSE).toString()).toBe('tab=overview');
    expect(overviewRangeSearch(current, { preset: '12m', from: '', to: '' }).toString()).toBe('tab=overview&range=12m');
    expect(overviewRangeSearch(current, { preset: 'custom', from: '2026-01-05', to: '' }).toString()).toBe(
      'tab=overview&range=custom&from=2026-01-05',
    );
  });
});

describe('addMonths', () => {
  it('moves by calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-11-30', -3)).toBe('2026-08-30');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2026-02-15', -12)).toBe('2025-02-15');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-01-10', -1)).toBe('2025-12-10');
  });
});

describe('rangeQuery', () => {
  it('asks for everything for the whole course', () => {
    expect(rangeQuery(WHOLE_COURSE, '2026-11-30')).toEqual({});
  });
  it('counts the last months back from the end date', () => {
    expect(rangeQuery({ preset: '6m', from: '', to: '' }, '2026-11-30')).toEqual({
      from: '2026-05-30',
      to: '2026-11-30',
    });
  });
  it('passes a custom range as typed, open ends left out', () => {
    expect(rangeQuery({ preset: 'custom', from: '2026-06-01', to: '' }, '2026-11-30')).toEqual({ from: '2026-06-01' });
  });
  it('falls back to the whole course while the dates are the wrong way round', () => {
    const backwards = { preset: 'custom', from: '2026-06-01', to: '2026-05-01' } as const;
    expect(rangeProblem(backwards)).toBe('The "From" date is after the "To" date');
    expect(rangeQuery(backwards, '2026-11-30')).toEqual({});
  });
});
