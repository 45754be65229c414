// A session's start is typed as the clinician's wall-clock time (`<input type="datetime-local">`,
// `YYYY-MM-DDTHH:mm`) and sent as an instant with the offset that applied then (docs/api.md,
// "Basics"), so the record says both when it happened and what the clock in the room showed.
//
// `timeZone` is left out in the app (the browser's own zone); tests name one, so daylight-saving
// rules are checked in a real zone whatever the machine's zone is.

const QUARTER_MS = 15 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

interface WallClock {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(key, format);
  }
  return format;
}

/** What a clock in `timeZone` showed at `at`. */
function wallClockAt(at: Date, timeZone?: string): WallClock {
  const parts: Record<string, number> = {};
  for (const { type, value } of formatFor(timeZone).formatToParts(at)) parts[type] = Number(value);
  return { y: parts.year, mo: parts.month, d: parts.day, h: parts.hour % 24, mi: parts.minute, s: parts.second };
}

function wallAsUtc(w: WallClock): number {
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
}

/** Minutes east of UTC that `timeZone` used at `at` (+60 for Berlin in winter). */
export function offsetAt(at: Date, timeZone?: string): number {
  const whole = new Date(Math.floor(at.getTime() / 1000) * 1000);
  return Math.round((wallAsUtc(wallClockAt(whole, timeZone)) - whole.getTime()) / MINUTE_MS);
}

/** The nearest quarter hour (10:07 → 10:00, 10:08 → 10:15), seconds dropped. */
export function roundToQuarter(at: Date): Date {
  return new Date(Math.round(at.getTime() / QUARTER_MS) * QUARTER_MS);
}

/** An instant as the value of a datetime-local input. */
export function toLocalInput(at: Date, timeZone?: string): string {
  const w = wallClockAt(at, timeZone);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

/** `+01:00`, `-05:30`, `+00:00`: the offset east of UTC in minutes, written as ISO 8601 does. */
export function formatOffset(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(minutesEast);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function readLocalInput(value: string): WallClock | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0));
  return { y, mo, d, h, mi, s };
}

function sameWall(a: WallClock, b: WallClock): boolean {
  return a.y === b.y && a.mo === b.mo && a.d === b.d && a.h === b.h && a.mi === b.mi && a.s === b.s;
}

/**
 * The instant a datetime-local value names, or null if it is malformed or never showed on a
 * clock there: 31 April, or a time skipped when the clocks went forward.
 */
export function parseLocalInput(value: string, timeZone?: string): Date | null {
  const wall = readLocalInput(value);
  if (!wall) return null;
  const utc = wallAsUtc(wall);
  // Two passes find the offset in force at that wall time (one is enough away from a change).
  let at = new Date(utc - offsetAt(new Date(utc), timeZone) * MINUTE_MS);
  at = new Date(utc - offsetAt(at, timeZone) * MINUTE_MS);
  return sameWall(wallClockAt(at, timeZone), wall) ? at : null;
}

/** `2026-03-02T15:00` (local) → `2026-03-02T15:00:00+01:00`; null when the value is no real local time. */
export function localInputToIso(value: string, timeZone?: string): string | null {
  const at = parseLocalInput(value, timeZone);
  if (!at) return null;
  const w = wallClockAt(at, timeZone);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${formatOffset(offsetAt(at, timeZone))}`;
}

/** An instant from the server, shown in the local datetime-local input; '' when unreadable. */
export function isoToLocalInput(iso: string, timeZone?: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : toLocalInput(at, timeZone);
}

/** `HH:MM` on the local clock, for "Draft saved 10:32". */
export function formatClockTime(at: Date, timeZone?: string): string {
  const w = wallClockAt(at, timeZone);
  return `${pad(w.h)}:${pad(w.mi)}`;
}

/** The calendar date (`YYYY-MM-DD`) on the local clock at an instant; '' when unreadable. */
export function localDateOf(iso: string, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const w = wallClockAt(at, timeZone);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}`;
}
