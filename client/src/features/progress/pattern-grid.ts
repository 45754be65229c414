// Presenting patterns over time: month × pattern, the mean intensity (0–3) observed that month.
import { PATTERN_INTENSITY_MAX, PRESENTING_PATTERN_LABELS, PRESENTING_PATTERNS, type PresentingPattern } from '@securebase/shared';
import type { PatternMonth } from './api/get-progress';

export interface PatternRow {
  pattern: PresentingPattern;
  label: string;
  /** One per month; null where the pattern was not recorded that month. */
  cells: (number | null)[];
}

/**
 * Sequential purples for intensity 0–3 (ColorBrewer Purples, steps 2, 4, 7, 9): every value written
 * in a cell has at least 4.5:1 against it (dark text on the light two, white on the dark two).
 */
export const INTENSITY_STEPS = [
  { upTo: 0.5, fill: '#efedf5', text: '#212529' },
  { upTo: 1.5, fill: '#bcbddc', text: '#212529' },
  { upTo: 2.5, fill: '#6a51a3', text: '#ffffff' },
  { upTo: PATTERN_INTENSITY_MAX, fill: '#3f007d', text: '#ffffff' },
] as const;

export function intensityStyle(value: number): { fill: string; text: string } {
  const step = INTENSITY_STEPS.find((s) => value < s.upTo) ?? INTENSITY_STEPS[INTENSITY_STEPS.length - 1];
  return { fill: step.fill, text: step.text };
}

/** Rows for the patterns seen in the data, in the vocabulary's order; columns are `months`. */
export function patternGrid(data: readonly PatternMonth[], months: readonly string[]): PatternRow[] {
  const at = new Map(months.map((m, i) => [m, i]));
  const rows = new Map<PresentingPattern, (number | null)[]>();
  for (const { month, pattern, meanIntensity } of data) {
    const i = at.get(month);
    if (i === undefined) continue;
    const cells = rows.get(pattern) ?? months.map(() => null);
    cells[i] = meanIntensity;
    rows.set(pattern, cells);
  }
  return PRESENTING_PATTERNS.filter((p) => rows.has(p)).map((p) => ({
    pattern: p,
    label: PRESENTING_PATTERN_LABELS[p],
    cells: rows.get(p) ?? [],
  }));
}

export function formatIntensity(value: number): string {
  return value.toFixed(1);
}

export function patternSummary(rows: readonly PatternRow[], months: readonly string[]): string {
  if (rows.length === 0) return 'No presenting patterns recorded in this period.';
  const ends = rows.map((r) => {
    const seen = r.cells.filter((c): c is number => c !== null);
    return `${r.label} ${formatIntensity(seen[0])} → ${formatIntensity(seen[seen.length - 1])}`;
  });
  return `Mean intensity 0–3 of ${rows.length} patterns over ${months.length} months, first → latest month recorded: ${ends.join('; ')}.`;
}
