import { memo } from 'react';
import { Alert, Text } from '@mantine/core';
import { NO_VERDICT_LABEL, NO_VERDICT_REASON } from '@securebase/shared';
import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartContainer, DataTable } from '../../../components/charts/chart-container';
import type { ChartConfig } from '../../../components/charts/chart-config';
import { ChartTooltipBox } from '../../../components/charts/chart-tooltip';
import { formatCalendarDate } from '../../../lib/dates';
import { formatScore, measureSummary, scoreTicks, type MeasureChart, type MeasurePoint } from '../measure-charts';
import { AXIS_LINE, GRID_STROKE, timeAxisProps } from './time-axis-props';

const HEIGHT = 190;
const MARGIN = { top: 8, right: 12, bottom: 4, left: 0 };
/** Height the x axis takes below the plot. */
const X_AXIS_HEIGHT = 30;
const LINE_COLOUR = '#212529';

/** Why a chart has no verdict, in words shown under it (null when it has one). */
export function noVerdictReason(chart: MeasureChart): string | null {
  if (chart.verdict) return null;
  return chart.points.length < 2 ? 'One score so far: a verdict needs a first and a latest score.' : NO_VERDICT_REASON;
}

/**
 * The reliable-change verdict, in words. Without one, the first and latest scores still show; the reason is
 * written under the chart (a single score, or a scale whose published SD and test–retest r are not confirmed).
 */
export function VerdictBadge({ chart }: { chart: MeasureChart }) {
  const verdict = chart.verdict;
  const first = chart.points[0];
  const latest = chart.points[chart.points.length - 1];
  if (verdict) {
    return (
      <span className="sb-verdict" data-verdict={verdict.verdict}>
        {verdict.label}
        <span className="tabular-figures" style={{ fontWeight: 400 }}>
          {formatScore(verdict.from)} → {formatScore(verdict.to)}
        </span>
      </span>
    );
  }
  return (
    <span className="sb-verdict" data-verdict="none">
      {NO_VERDICT_LABEL}
      {chart.points.length >= 2 && (
        <span className="tabular-figures" style={{ fontWeight: 400 }}>
          {formatScore(first.score)} → {formatScore(latest.score)}
        </span>
      )}
    </span>
  );
}

function MeasureTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: MeasurePoint }[] }) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <ChartTooltipBox>
      <strong>{formatCalendarDate(point.date)}</strong>
      <div>
        Score <strong>{formatScore(point.score)}</strong>
        {point.band ? ` · ${point.band}` : ''}
      </div>
    </ChartTooltipBox>
  );
}

/** Memoised: the Overview re-renders as each chart reports itself drawn; unchanged charts are not redrawn. */
export const MeasureChartCard = memo(function MeasureChartCard({ chart, domain }: { chart: MeasureChart; domain: [number, number] | null }) {
  const config: ChartConfig = { score: { label: 'Score', colour: LINE_COLOUR, mark: 'line', marker: 'circle' } };
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT;
  const pxPerPoint = plotHeight / (chart.max - chart.min || 1);
  const description = [chart.measures, `${chart.min}–${chart.max}`, chart.betterDirection === 'lower' ? 'lower is better' : 'higher is better']
    .filter(Boolean)
    .join(' · ');
  const hasBands = chart.bands.length > 0;

  return (
    <ChartContainer
      title={chart.title}
      titleOrder={3}
      description={description}
      aside={<VerdictBadge chart={chart} />}
      alert={chart.latestFlags.map((flag) => (
        // role="note": read in its place, not announced over whatever the screen reader is saying on every visit.
        <Alert key={flag.code} role="note" color="red" variant="light" p="xs" mt="xs" data-flag={flag.code}>
          <strong>{flag.label}</strong> (latest, {formatCalendarDate(flag.date)}).
        </Alert>
      ))}
      config={config}
      legend={false}
      summary={`${measureSummary(chart)} ${chart.verdict ? chart.verdict.label : NO_VERDICT_LABEL}.`}
      footer={
        noVerdictReason(chart) && (
          <Text size="xs" c="dimmed">
            {noVerdictReason(chart)}
          </Text>
        )
      }
      height={HEIGHT}
      empty={chart.points.length === 0 || !domain ? 'No scores in this period.' : null}
      drawnSelector=".recharts-line-curve, .recharts-line-dots"
      table={
        <DataTable
          caption={`${chart.title} scores, oldest first. Reliable change: ${chart.verdict ? `${chart.verdict.label} (${formatScore(chart.verdict.from)} → ${formatScore(chart.verdict.to)}, RCI ${chart.verdict.rci})` : NO_VERDICT_LABEL}`}
          columns={
            hasBands
              ? [{ label: 'Date' }, { label: 'Score', numeric: true }, { label: 'Band' }]
              : [{ label: 'Date' }, { label: 'Score', numeric: true }]
          }
          rows={chart.points.map((p, i) => ({
            key: `${p.date}-${i}`,
            cells: hasBands ? [formatCalendarDate(p.date), formatScore(p.score), p.band ?? '—'] : [formatCalendarDate(p.date), formatScore(p.score)],
          }))}
        />
      }
    >
      {({ width, height }) =>
        domain && (
          <LineChart width={width} height={height} data={chart.points} margin={MARGIN} accessibilityLayer={false}>
            {chart.bands.map((band) => (
              <ReferenceArea
                key={band.code}
                y1={band.y1}
                y2={band.y2}
                fill={band.fill}
                fillOpacity={1}
                stroke="none"
                ifOverflow="hidden"
                label={
                  (band.y2 - band.y1) * pxPerPoint >= 13 ? { value: band.label, position: 'insideLeft', fill: '#343a40', fontSize: 11 } : undefined
                }
              />
            ))}
            <CartesianGrid vertical={false} stroke={hasBands ? 'transparent' : GRID_STROKE} />
            <XAxis {...timeAxisProps(domain, width)} height={X_AXIS_HEIGHT} axisLine={AXIS_LINE} tickLine={AXIS_LINE} />
            <YAxis
              domain={[chart.min, chart.max]}
              ticks={scoreTicks(chart)}
              interval={0}
              width={34}
              axisLine={AXIS_LINE}
              tickLine={AXIS_LINE}
              tick={{ fontSize: 12 }}
            />
            <Tooltip content={MeasureTooltip} isAnimationActive={false} cursor={{ stroke: '#868e96', strokeDasharray: '3 3' }} />
            <Line
              dataKey="score"
              stroke={LINE_COLOUR}
              strokeWidth={2}
              dot={{ r: 3, fill: LINE_COLOUR, stroke: '#ffffff', strokeWidth: 1 }}
              activeDot={{ r: 5, fill: LINE_COLOUR, stroke: '#ffffff' }}
              isAnimationActive={false}
            />
          </LineChart>
        )
      }
    </ChartContainer>
  );
});
