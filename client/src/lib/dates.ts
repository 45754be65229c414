// Calendar dates travel as `YYYY-MM-DD` strings (docs/api.md, "Basics"). These helpers work on
// the strings directly so a date never shifts by a day because of the browser's time zone.
import { isCalendarDate } from '@securebase/shared';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 24 * 60 * 60 * 1000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function toUtcMs(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

/** Today (or any instant) as the user's own calendar date, not UTC's. */
export function localCalendarDate(instant: Date = new Date()): string {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

export function addDays(date: string, days: number): string {
  const shifted = new Date(toUtcMs(date) + days * DAY_MS);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Age in completed years on `today`; someone born on 29 Feb turns a year older on 1 Mar. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = parts(dateOfBirth);
  const [ty, tm, td] = parts(today);
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

/** `2026-03-02` → `2 Mar 2026`; anything that is not a calendar date is returned unchanged. */
export function formatCalendarDate(date: string): string {
  if (!isCalendarDate(date)) return date;
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Completed calendar months from `from` to a later `to`. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A calendar date relative to today, in words: "yesterday", "3 weeks ago", "in 2 days". */
export function relativeDate(date: string, today: string): string {
  const diff = daysBetween(today, date);
  if (diff === 0) return 'today';
  if (diff === -1) return 'yesterday';
  if (diff === 1) return 'tomorrow';
  const span = Math.abs(diff);
  const months = diff < 0 ? monthsBetween(date, today) : monthsBetween(today, date);
  let amount: string;
  if (span < 14) amount = plural(span, 'day');
  else if (span < 60) amount = plural(Math.floor(span / 7), 'week');
  else if (months < 24) amount = plural(months, 'month');
  else amount = plural(Math.floor(months / 12), 'year');
  return diff < 0 ? `${amount} ago` : `in ${amount}`;
}

/** An instant (ISO 8601) as the user's local date and time: `2 Mar 2026, 15:04`. */
export function formatInstant(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${formatCalendarDate(localCalendarDate(at))}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
