// The charts' shared time axis. Dates are calendar days (`YYYY-MM-DD`, UTC days from the server);
// on a chart they become UTC midnights in milliseconds, so every chart of a range lines up.
import type { ProgressRange } from './api/progress-keys';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;
/** Month steps a tick may take, so ticks fall on the same months whatever the width. */
const TICK_STEPS = [1, 2, 3, 6, 12, 24];

export function dayMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** `2026-03` → `Mar 2026`. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}

/** Every month from `from` to `to`, both included (`2026-11`, `2027-01` → three months). */
export function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  const months: string[] = [];
  for (let i = fy * 12 + fm - 1; i <= ty * 12 + tm - 1; i++) {
    months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/**
 * The span every time chart of the Overview shows: the asked-for range where it has ends, the data
 * where it is open. A single day is widened by a week each side so its point is not on the frame.
 */
export function timeDomain(range: ProgressRange, dates: readonly string[]): [number, number] | null {
  const sorted = [...dates].sort();
  const from = range.from ?? sorted[0];
  const to = range.to ?? sorted[sorted.length - 1];
  if (!from || !to) return null;
  const start = dayMs(from);
  const end = dayMs(to);
  return start < end ? [start, end] : [start - 7 * DAY_MS, start + 7 * DAY_MS];
}

/** The months (`YYYY-MM`) a time domain covers, for the charts counted per month. */
export function domainMonths(domain: [number, number] | null): string[] {
  if (!domain) return [];
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 7);
  return monthsBetween(iso(domain[0]), iso(domain[1]));
}

/** Ticks on the first of a month, at most `maxTicks` of them, evenly stepped. */
export function timeTicks(domain: [number, number], maxTicks: number): number[] {
  const first = new Date(domain[0]);
  let index = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1);
  const starts: number[] = [];
  for (let ms = monthStart(index); ms <= domain[1]; ms = monthStart(++index)) starts.push(ms);
  if (starts.length === 0) return [domain[0]];
  const step = TICK_STEPS.find((s) => Math.ceil(starts.length / s) <= Math.max(1, maxTicks)) ?? 48;
  // Steps of 3, 6 or 12 months land on quarters and Januaries, not on wherever the course began.
  return starts.filter((ms) => (new Date(ms).getUTCMonth() + 12 * new Date(ms).getUTCFullYear()) % step === 0);
}

/**
 * Ticks whose label would stick out of the chart are dropped (the last month start can fall a few
 * days before the end of the range). `room` is the space beside the plot: the y axis on the left,
 * the margin on the right.
 */
export function edgeSafeTicks(
  ticks: readonly number[],
  domain: [number, number],
  plotWidth: number,
  halfLabel: number,
  room: { left: number; right: number },
): number[] {
  const span = domain[1] - domain[0] || 1;
  const safe = ticks.filter((t) => {
    const x = ((t - domain[0]) / span) * plotWidth;
    return x + room.left >= halfLabel && plotWidth - x + room.right >= halfLabel;
  });
  return safe.length > 0 ? safe : ticks.slice(0, 1);
}

function monthStart(index: number): number {
  return Date.UTC(Math.floor(index / 12), index % 12, 1);
}

/** A tick: `Mar 2026`. */
export function formatTick(ms: number): string {
  const at = new Date(ms);
  return `${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
}

/** A day: `2 Mar 2026`. */
export function formatDay(ms: number): string {
  const at = new Date(ms);
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
}
