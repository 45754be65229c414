import { edgeSafeTicks, formatTick, timeTicks } from '../time-axis';

/** The y axis (34 px) and the right margin (12–16 px) of every time chart. */
const ROOM = { left: 34, right: 12 };
const PLOT_INSET = ROOM.left + 16;
/** Half the width of a "Sep 2026" tick label at 12 px. */
const HALF_LABEL = 28;
/** Room beside the first and last point: a marker's radius and a little air. */
const EDGE_PX = 8;

/** XAxis props of a time chart: the shared domain, month ticks as many as fit the width. */
export function timeAxisProps(domain: [number, number], width: number) {
  const plotWidth = Math.max(1, width - PLOT_INSET);
  // 8 px of time either side, so a point on the first or last day is not cut in half by the plot's edge, and
  // band shading still runs the full width (axis padding would leave white strips).
  const pad = ((domain[1] - domain[0]) * EDGE_PX) / plotWidth;
  return {
    type: 'number' as const,
    dataKey: 'x',
    domain: [domain[0] - pad, domain[1] + pad] as [number, number],
    ticks: edgeSafeTicks(timeTicks(domain, Math.max(2, Math.floor(width / 84))), domain, plotWidth, HALF_LABEL, ROOM),
    tickFormatter: formatTick,
    // Every tick is drawn: they are already spaced to fit. Recharts' default would measure each label
    // in the DOM (a forced layout per tick) to decide which to drop.
    interval: 0,
    allowDataOverflow: true,
    tick: { fontSize: 12 },
    tickMargin: 6,
  };
}

export const AXIS_LINE = { stroke: '#adb5bd' };
export const GRID_STROKE = '#e9ecef';
