import { memo, useMemo, useState, type MouseEvent } from 'react';
import { APPROACH_INFO, type Approach } from '@securebase/shared';
import { ChartContainer, DataTable } from '../../../components/charts/chart-container';
import type { ChartConfig } from '../../../components/charts/chart-config';
import { PinnedTooltip } from '../../../components/charts/chart-tooltip';
import { approachBars, columnAt, type BarsFrame } from '../approach-bars';
import { approachSummary, type ApproachMonthRow } from '../approach-months';
import { AXIS_LINE, GRID_STROKE } from './time-axis-props';

const HEIGHT = 260;
/** Schema's yellow is too light on white alone: every use gets this outline (docs/screens.md, "Colour and type"). */
const SCHEMA_OUTLINE = '#5c5400';
const TICK = 6;
const FRAME: Omit<BarsFrame, 'width' | 'height'> = {
  margin: { top: 8, right: 12, bottom: 4, left: 0 },
  yAxisWidth: 34,
  xAxisHeight: 30,
  // 18 % of a month's width free on each side of its bar.
  gap: 0.18,
  // "Sep 2026" at 12 px, and some air between two labels.
  labelWidth: 56,
  labelGap: 16,
};

function approachConfig(used: readonly Approach[]): ChartConfig {
  return Object.fromEntries(
    used.map((a) => [
      a,
      {
        label: APPROACH_INFO[a].label,
        colour: APPROACH_INFO[a].colour,
        mark: 'box',
        outline: a === 'schema' ? SCHEMA_OUTLINE : undefined,
      },
    ]),
  );
}

/**
 * Stacked bars in plain SVG: one path per approach, one for the grid, one for the axes, and the labels.
 * Hovering a month shades it and shows its counts (mouse only; the table has the same numbers).
 */
function ApproachBars({ rows, used, width, height }: { rows: ApproachMonthRow[]; used: Approach[]; width: number; height: number }) {
  const [hovered, setHovered] = useState<number | null>(null);
  const g = useMemo(() => approachBars(rows, used, { ...FRAME, width, height }), [rows, used, width, height]);
  // The bars, axes and labels do not change with the pointer: only the shading and the tooltip do.
  const picture = useMemo(() => {
    const { plot } = g;
    const grid = g.yTicks.map((t) => `M${plot.left},${t.y}H${plot.right}`).join('');
    const axes =
      `M${plot.left},${plot.top}V${plot.bottom}H${plot.right}` +
      g.yTicks.map((t) => `M${plot.left - TICK},${t.y}h${TICK}`).join('') +
      g.xLabels.map((l) => `M${l.x},${plot.bottom}v${TICK}`).join('');
    return (
      <>
        <path d={grid} stroke={GRID_STROKE} fill="none" />
        {g.bars.map(({ approach, d }) => (
          <path
            key={approach}
            className="sb-approach-bars"
            d={d}
            fill={APPROACH_INFO[approach].colour}
            stroke={approach === 'schema' ? SCHEMA_OUTLINE : undefined}
            strokeWidth={approach === 'schema' ? 1 : undefined}
          />
        ))}
        <path d={axes} stroke={AXIS_LINE.stroke} fill="none" />
        <g className="sb-chart-axis-text">
          {g.yTicks.map((t) => (
            <text key={t.value} x={plot.left - TICK - 3} y={t.y} textAnchor="end" dominantBaseline="central">
              {t.value}
            </text>
          ))}
          {g.xLabels.map((l) => (
            <text key={l.index} x={l.textX} y={plot.bottom + TICK + 6} textAnchor="middle" dominantBaseline="hanging">
              {rows[l.index].label}
            </text>
          ))}
        </g>
      </>
    );
  }, [g, rows]);
  const column = hovered === null ? null : g.columns[hovered];
  const row = hovered === null ? null : rows[hovered];
  const pick = (e: MouseEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const next = columnAt(g, e.clientX - r.left, e.clientY - r.top);
    setHovered((prev) => (prev === next ? prev : next));
  };
  return (
    <>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="sb-approaches" aria-hidden focusable="false">
        {column && <rect x={column.left} y={g.plot.top} width={column.width} height={g.plot.bottom - g.plot.top} fill="#f1f3f5" />}
        {picture}
      </svg>
      <div className="sb-chart-pointer-layer" onMouseMove={pick} onMouseLeave={() => setHovered(null)} />
      {column && row && (
        // Beside the bar, on the side with more room (PinnedTooltip picks the side by x).
        <PinnedTooltip
          x={column.centre + ((column.centre > width / 2 ? -1 : 1) * column.width * (1 - 2 * FRAME.gap)) / 2}
          y={(g.plot.top + g.plot.bottom) / 2}
          width={width}
        >
          <strong>{row.label}</strong>
          {used
            .filter((a) => row.counts[a] > 0)
            .map((a) => (
              <div key={a}>
                {APPROACH_INFO[a].label}: {row.counts[a]}
              </div>
            ))}
          <div>
            Total <strong>{row.total}</strong>
          </div>
        </PinnedTooltip>
      )}
    </>
  );
}

/** Memoised: the Overview re-renders as each chart reports itself drawn; unchanged charts are not redrawn. */
export const ApproachesChart = memo(function ApproachesChart({ rows, used }: { rows: ApproachMonthRow[]; used: Approach[] }) {
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  return (
    <ChartContainer
      title="Approaches per month"
      description="Intervention notes per month, by approach."
      config={approachConfig(used)}
      summary={approachSummary(rows, used)}
      height={HEIGHT}
      empty={total === 0 ? 'No intervention notes in this period.' : null}
      drawnSelector=".sb-approaches"
      wide
      table={
        <DataTable
          caption="Intervention notes per month and approach"
          columns={[{ label: 'Month' }, ...used.map((a) => ({ label: APPROACH_INFO[a].label, numeric: true })), { label: 'Total', numeric: true }]}
          rows={rows.map((r) => ({ key: r.month, cells: [r.label, ...used.map((a) => r.counts[a]), r.total] }))}
        />
      }
    >
      {({ width, height }) => <ApproachBars rows={rows} used={used} width={width} height={height} />}
    </ChartContainer>
  );
});
