// Approaches per month: intervention notes counted by approach, stacked in the vocabulary's order.
import { APPROACH_INFO, APPROACHES, type Approach } from '@securebase/shared';
import type { ApproachMonth } from './api/get-progress';
import { monthLabel } from './time-axis';

export interface ApproachMonthRow {
  month: string;
  label: string;
  counts: Record<Approach, number>;
  total: number;
}

const isApproach = (code: string): code is Approach => (APPROACHES as readonly string[]).includes(code);

function zeroCounts(): Record<Approach, number> {
  return Object.fromEntries(APPROACHES.map((a) => [a, 0])) as Record<Approach, number>;
}

/**
 * One row per month of `months` (empty months kept, so time stays even), plus any month of the data
 * outside them. A code the vocabulary does not know is counted as "Other".
 */
export function approachMonths(data: readonly ApproachMonth[], months: readonly string[]): { rows: ApproachMonthRow[]; used: Approach[] } {
  const byMonth = new Map<string, Record<Approach, number>>(months.map((m) => [m, zeroCounts()]));
  for (const { month, counts } of data) {
    const row = byMonth.get(month) ?? zeroCounts();
    for (const [code, n] of Object.entries(counts)) row[isApproach(code) ? code : 'other'] += n;
    byMonth.set(month, row);
  }
  const rows = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, counts]) => ({
      month,
      label: monthLabel(month),
      counts,
      total: APPROACHES.reduce((sum, a) => sum + counts[a], 0),
    }));
  const used = APPROACHES.filter((a) => rows.some((r) => r.counts[a] > 0));
  return { rows, used };
}

export function approachSummary(rows: readonly ApproachMonthRow[], used: readonly Approach[]): string {
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  if (total === 0) return 'No intervention notes in this period.';
  const per = used
    .map((a) => ({ a, n: rows.reduce((sum, r) => sum + r.counts[a], 0) }))
    .sort((x, y) => y.n - x.n)
    .map(({ a, n }) => `${APPROACH_INFO[a].label} ${n}`);
  return `${total} intervention notes over ${rows.length} ${rows.length === 1 ? 'month' : 'months'}: ${per.join(', ')}.`;
}
