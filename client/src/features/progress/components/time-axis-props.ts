import { edgeSafeTicks, formatTick, timeTicks } from '../time-axis';

/** The y axis (34 px) and the right margin (12–16 px) of every time chart. */
const ROOM = { left: 34, right: 12 };
const PLOT_INSET = ROOM.left + 16;
/** Half the width of a "Sep 2026" tick label at 12 px. */
const HALF_LABEL = 28;

/** XAxis props of a time chart: the shared domain, month ticks as many as fit the width. */
export function timeAxisProps(domain: [number, number], width: number) {
  const plotWidth = Math.max(1, width - PLOT_INSET);
  return {
    type: 'number' as const,
    dataKey: 'x',
    domain,
    ticks: edgeSafeTicks(timeTicks(domain, Math.max(2, Math.floor(width / 84))), domain, plotWidth, HALF_LABEL, ROOM),
    tickFormatter: formatTick,
    allowDataOverflow: true,
    tick: { fontSize: 12 },
    tickMargin: 6,
  };
}

export const AXIS_LINE = { stroke: '#adb5bd' };
export const GRID_STROKE = '#e9ecef';
