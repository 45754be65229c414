import { memo } from 'react';
import { APPROACH_INFO, type Approach } from '@securebase/shared';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartContainer, DataTable } from '../../../components/charts/chart-container';
import type { ChartConfig } from '../../../components/charts/chart-config';
import { ChartTooltipBox } from '../../../components/charts/chart-tooltip';
import { approachSummary, type ApproachMonthRow } from '../approach-months';
import { AXIS_LINE, GRID_STROKE } from './time-axis-props';

const HEIGHT = 260;
/** Schema's yellow is too light on white alone: every use gets this outline (docs/screens.md, "Colour and type"). */
const SCHEMA_OUTLINE = '#5c5400';

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

type BarRow = { label: string; total: number } & Partial<Record<Approach, number>>;

function ApproachTooltip({ active, payload, used }: { active?: boolean; payload?: readonly { payload?: BarRow }[]; used: readonly Approach[] }) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  return (
    <ChartTooltipBox>
      <strong>{row.label}</strong>
      {used
        .filter((a) => (row[a] ?? 0) > 0)
        .map((a) => (
          <div key={a}>
            {APPROACH_INFO[a].label}: {row[a]}
          </div>
        ))}
      <div>
        Total <strong>{row.total}</strong>
      </div>
    </ChartTooltipBox>
  );
}

/** Memoised: the Overview re-renders as each chart reports itself drawn; unchanged charts are not redrawn. */
export const ApproachesChart = memo(function ApproachesChart({ rows, used }: { rows: ApproachMonthRow[]; used: Approach[] }) {
  const data: BarRow[] = rows.map((r) => ({ label: r.label, total: r.total, ...r.counts }));
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  return (
    <ChartContainer
      title="Approaches per month"
      description="Intervention notes per month, by approach."
      config={approachConfig(used)}
      summary={approachSummary(rows, used)}
      height={HEIGHT}
      empty={total === 0 ? 'No intervention notes in this period.' : null}
      drawnSelector=".recharts-bar-rectangle"
      wide
      table={
        <DataTable
          caption="Intervention notes per month and approach"
          columns={[{ label: 'Month' }, ...used.map((a) => ({ label: APPROACH_INFO[a].label, numeric: true })), { label: 'Total', numeric: true }]}
          rows={rows.map((r) => ({ key: r.month, cells: [r.label, ...used.map((a) => r.counts[a]), r.total] }))}
        />
      }
    >
      {({ width, height }) => (
        <BarChart
          width={width}
          height={height}
          data={data}
          margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
          accessibilityLayer={false}
          barCategoryGap="18%"
        >
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis
            dataKey="label"
            axisLine={AXIS_LINE}
            tickLine={AXIS_LINE}
            tick={{ fontSize: 12 }}
            interval="preserveStartEnd"
            minTickGap={16}
            tickMargin={6}
          />
          <YAxis allowDecimals={false} width={34} axisLine={AXIS_LINE} tickLine={AXIS_LINE} tick={{ fontSize: 12 }} />
          <Tooltip content={(props) => <ApproachTooltip {...props} used={used} />} isAnimationActive={false} cursor={{ fill: '#f1f3f5' }} />
          {used.map((a) => (
            <Bar
              key={a}
              dataKey={a}
              name={APPROACH_INFO[a].label}
              stackId="notes"
              fill={APPROACH_INFO[a].colour}
              stroke={a === 'schema' ? SCHEMA_OUTLINE : undefined}
              strokeWidth={a === 'schema' ? 1 : 0}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ChartContainer>
  );
});
