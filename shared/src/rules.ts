// Input rules both sides enforce: the server in its DTOs, the browser in its forms.
export const PASSWORD_MIN_LENGTH = 12;
export const NAME_MAX_LENGTH = 100;
export const TEXT_MAX_LENGTH = 20_000;
export const RATING_MIN = 0;
export const RATING_MAX = 10;
export const DURATION_MIN = 1;
export const DURATION_MAX = 600;
export const PATTERN_INTENSITY_MAX = 3;

/** Calendar date `YYYY-MM-DD` that exists (rejects 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Calendar date of `date` in UTC, `YYYY-MM-DD`. */
export function toCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
