// The Overview's shared date range. It lives in the address (?tab=overview&range=6m, or
// &range=custom&from=…&to=…) so a link, a reload or Back shows the same period.
import { isCalendarDate } from '@securebase/shared';
import type { ProgressRange } from './api/progress-keys';

export const RANGE_PRESETS = [
  { value: 'all', label: 'Whole course', months: null },
  { value: '3m', label: 'Last 3 months', months: 3 },
  { value: '6m', label: 'Last 6 months', months: 6 },
  { value: '12m', label: 'Last 12 months', months: 12 },
  { value: 'custom', label: 'Custom', months: null },
] as const;

export type RangePreset = (typeof RANGE_PRESETS)[number]['value'];

export interface OverviewRange {
  preset: RangePreset;
  /** Custom range only: first day, `YYYY-MM-DD` or ''. */
  from: string;
  /** Custom range only: last day, `YYYY-MM-DD` or ''. */
  to: string;
}

export const WHOLE_COURSE: OverviewRange = { preset: 'all', from: '', to: '' };

function isPreset(value: string | null): value is RangePreset {
  return RANGE_PRESETS.some((p) => p.value === value);
}

export function parseOverviewRange(params: URLSearchParams): OverviewRange {
  const preset = params.get('range');
  if (!isPreset(preset)) return WHOLE_COURSE;
  if (preset !== 'custom') return { preset, from: '', to: '' };
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { preset, from: isCalendarDate(from) ? from : '', to: isCalendarDate(to) ? to : '' };
}

/** The address for this range, keeping the rest (the tab); the whole course is the default and left out. */
export function overviewRangeSearch(current: URLSearchParams, range: OverviewRange): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const name of ['range', 'from', 'to']) next.delete(name);
  if (range.preset === 'all') return next;
  next.set('range', range.preset);
  if (range.preset === 'custom') {
    if (range.from) next.set('from', range.from);
    if (range.to) next.set('to', range.to);
  }
  return next;
}

/** `date` moved by whole calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function rangeProblem(range: OverviewRange): string | null {
  if (range.preset !== 'custom') return null;
  return range.from && range.to && range.from > range.to ? 'The "From" date is after the "To" date' : null;
}

/**
 * What the server is asked for. "Last N months" ends on `end`: today, or the discharge date of a
 * discharged client (whose last months would otherwise be empty).
 */
export function rangeQuery(range: OverviewRange, end: string): ProgressRange {
  if (range.preset === 'all' || rangeProblem(range)) return {};
  if (range.preset === 'custom') {
    return { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) };
  }
  const months = RANGE_PRESETS.find((p) => p.value === range.preset)?.months ?? 0;
  return { from: addMonths(end, -months), to: end };
}
