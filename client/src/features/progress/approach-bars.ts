// Geometry of "Approaches per month" drawn in plain SVG: the stacked bars of each approach as the subpaths
// of one path, a count axis, month labels that fit. Up to 60 months × 8 approaches were 480 Recharts bars,
// each its own element (and state) to mount, lay out and style.
import type { Approach } from '@securebase/shared';
import type { ApproachMonthRow } from './approach-months';

export interface BarsFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Room left of the plot for the count labels. */
  yAxisWidth: number;
  /** Room below the plot for the month labels. */
  xAxisHeight: number;
  /** Share of each month's width left free on either side of its bar. */
  gap: number;
  /** Width of a month label and the least space between two. */
  labelWidth: number;
  labelGap: number;
}

export interface ApproachBars {
  plot: { left: number; right: number; top: number; bottom: number };
  /** Count axis: value and its height in pixels. */
  yTicks: { value: number; y: number }[];
  /** The months labelled, by index into the rows: the tick at the centre of their bar, the text kept inside the chart. */
  xLabels: { index: number; x: number; textX: number }[];
  /** Per month: its slot across the plot (the hover area) and the top of its stack. */
  columns: { left: number; width: number; centre: number; top: number }[];
  /** Per approach that has a note in the range: all its bars, stacked in `used` order from the bottom. */
  bars: { approach: Approach; d: string }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Whole-number ticks from 0 to at least `max`, at most `most` of them, in steps of 1, 2 or 5 × 10ⁿ. */
export function countTicks(max: number, most = 5): number[] {
  const top = Math.max(1, max);
  let step = 1;
  for (let scale = 1; ; scale *= 10) {
    const found = [1, 2, 5].map((m) => m * scale).find((s) => Math.ceil(top / s) <= most - 1);
    if (found) {
      step = found;
      break;
    }
  }
  return Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step);
}

/**
 * Which of `count` evenly spaced labels fit in slots `slot` px wide: every k-th from the first, and the
 * last, dropping the one before it when the two would touch.
 */
export function labelIndices(count: number, slot: number, labelWidth: number, labelGap: number): number[] {
  if (count === 0) return [];
  const every = Math.max(1, Math.ceil((labelWidth + labelGap) / Math.max(slot, 0.001)));
  const picked: number[] = [];
  for (let i = 0; i < count; i += every) picked.push(i);
  const last = count - 1;
  if (picked[picked.length - 1] !== last) {
    if (picked.length > 1 && last - picked[picked.length - 1] < every) picked.pop();
    picked.push(last);
  }
  return picked;
}

export function approachBars(rows: readonly ApproachMonthRow[], used: readonly Approach[], frame: BarsFrame): ApproachBars {
  const { margin } = frame;
  const plot = {
    left: margin.left + frame.yAxisWidth,
    right: frame.width - margin.right,
    top: margin.top,
    bottom: frame.height - margin.bottom - frame.xAxisHeight,
  };
  const ticks = countTicks(Math.max(0, ...rows.map((r) => r.total)));
  const topValue = ticks[ticks.length - 1];
  const yAt = (value: number) => round(plot.bottom - (value / topValue) * (plot.bottom - plot.top));
  const slot = (plot.right - plot.left) / Math.max(1, rows.length);
  const barWidth = round(slot * (1 - 2 * frame.gap));
  const columns = rows.map((r, i) => {
    const left = plot.left + i * slot;
    return { left: round(left), width: round(slot), centre: round(left + slot / 2), top: yAt(r.total) };
  });
  const paths = new Map<Approach, string>(used.map((a) => [a, '']));
  rows.forEach((row, i) => {
    const x = round(plot.left + i * slot + slot * frame.gap);
    let below = 0;
    for (const a of used) {
      const n = row.counts[a] ?? 0;
      if (n <= 0) continue;
      const y0 = yAt(below);
      const y1 = yAt(below + n);
      below += n;
      paths.set(a, `${paths.get(a)}M${x},${y1}h${barWidth}v${round(y0 - y1)}h${-barWidth}Z`);
    }
  });
  return {
    plot,
    yTicks: ticks.map((value) => ({ value, y: yAt(value) })),
    xLabels: labelIndices(rows.length, slot, frame.labelWidth, frame.labelGap).map((index) => {
      const x = columns[index].centre;
      const half = frame.labelWidth / 2;
      return { index, x, textX: round(Math.min(Math.max(x, half), frame.width - half)) };
    }),
    columns,
    bars: used.flatMap((approach) => (paths.get(approach) ? [{ approach, d: paths.get(approach) ?? '' }] : [])),
  };
}

/** The month under the pointer (px from the chart's left), or null outside the plot. */
export function columnAt(bars: ApproachBars, px: number, py: number): number | null {
  const { plot, columns } = bars;
  if (columns.length === 0 || px < plot.left || px > plot.right || py < plot.top || py > plot.bottom) return null;
  const slot = (plot.right - plot.left) / columns.length;
  return Math.min(columns.length - 1, Math.floor((px - plot.left) / slot));
}
