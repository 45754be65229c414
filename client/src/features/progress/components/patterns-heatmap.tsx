import { Fragment, memo } from 'react';
import { PATTERN_INTENSITY_MAX } from '@securebase/shared';
import { ChartContainer, DataTable } from '../../../components/charts/chart-container';
import type { ChartConfig } from '../../../components/charts/chart-config';
import { monthLabel } from '../time-axis';
import { formatIntensity, INTENSITY_STEPS, intensityStyle, patternSummary, type PatternRow } from '../pattern-grid';

const ROW_HEIGHT = 28;
const AXIS_HEIGHT = 22;
const MIN_LABEL_GAP = 64;
const MISSING = '#ffffff';

const config: ChartConfig = {
  low: { label: 'Intensity under 0.5', colour: INTENSITY_STEPS[0].fill, mark: 'box', outline: '#ced4da' },
  mild: { label: '0.5–1.4', colour: INTENSITY_STEPS[1].fill, mark: 'box' },
  moderate: { label: '1.5–2.4', colour: INTENSITY_STEPS[2].fill, mark: 'box' },
  high: { label: `2.5–${PATTERN_INTENSITY_MAX}`, colour: INTENSITY_STEPS[3].fill, mark: 'box' },
  missing: { label: 'Not recorded (blank, dashed edge)', colour: MISSING, mark: 'box', outline: '#868e96' },
};

function Heatmap({ rows, months, width }: { rows: PatternRow[]; months: string[]; width: number }) {
  const labelWidth = Math.min(210, Math.max(150, Math.round(width * 0.3)));
  const cellWidth = (width - labelWidth) / Math.max(1, months.length);
  const labelEvery = Math.max(1, Math.ceil(MIN_LABEL_GAP / cellWidth));
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const writeValues = cellWidth >= 30;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="sb-heatmap" aria-hidden focusable="false">
      {rows.map((row, r) => (
        <g key={row.pattern} transform={`translate(0, ${r * ROW_HEIGHT})`}>
          <text x={labelWidth - 8} y={ROW_HEIGHT / 2} textAnchor="end" dominantBaseline="central" fill="#343a40">
            {row.label}
          </text>
          {row.cells.map((value, c) => {
            const x = labelWidth + c * cellWidth;
            const style = value === null ? null : intensityStyle(value);
            return (
              // rect and label straight in the row's group: one element fewer per cell (60 months × patterns).
              <Fragment key={months[c]}>
                <rect
                  x={x + 1}
                  y={1}
                  width={Math.max(1, cellWidth - 2)}
                  height={ROW_HEIGHT - 2}
                  rx={2}
                  fill={style?.fill ?? MISSING}
                  stroke={value === null ? '#adb5bd' : value < 0.5 ? '#dee2e6' : 'none'}
                  strokeDasharray={value === null ? '3 2' : undefined}
                />
                {writeValues && value !== null && (
                  <text x={x + cellWidth / 2} y={ROW_HEIGHT / 2} textAnchor="middle" dominantBaseline="central" fill={style?.text}>
                    {formatIntensity(value)}
                  </text>
                )}
              </Fragment>
            );
          })}
        </g>
      ))}
      {months.map((month, c) =>
        c % labelEvery === 0 ? (
          <text key={month} x={labelWidth + (c + 0.5) * cellWidth} y={rows.length * ROW_HEIGHT + 14} textAnchor="middle" fill="#495057">
            {monthLabel(month)}
          </text>
        ) : null,
      )}
    </svg>
  );
}

/** Memoised: the Overview re-renders as each chart reports itself drawn; unchanged charts are not redrawn. */
export const PatternsHeatmap = memo(function PatternsHeatmap({ rows, months }: { rows: PatternRow[]; months: string[] }) {
  return (
    <ChartContainer
      title="Presenting patterns"
      description={`Mean intensity observed per month, 0–${PATTERN_INTENSITY_MAX}.`}
      config={config}
      summary={patternSummary(rows, months)}
      height={rows.length * ROW_HEIGHT + AXIS_HEIGHT}
      empty={rows.length === 0 ? 'No presenting patterns recorded in this period.' : null}
      drawnSelector="svg"
      wide
      table={
        <DataTable
          caption={`Mean intensity (0–${PATTERN_INTENSITY_MAX}) per month; — where the pattern was not recorded`}
          columns={[{ label: 'Month' }, ...rows.map((r) => ({ label: r.label, numeric: true }))]}
          rows={months.map((month, c) => ({
            key: month,
            cells: [monthLabel(month), ...rows.map((r) => (r.cells[c] === null ? '—' : formatIntensity(r.cells[c] ?? 0)))],
          }))}
        />
      }
    >
      {({ width }) => <Heatmap rows={rows} months={months} width={width} />}
    </ChartContainer>
  );
});
