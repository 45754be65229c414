import { memo } from 'react';
import { Text } from '@mantine/core';
import { CartesianGrid, ReferenceArea, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartContainer, DataTable } from '../../../components/charts/chart-container';
import type { ChartConfig } from '../../../components/charts/chart-config';
import { ChartTooltipBox } from '../../../components/charts/chart-tooltip';
import { formatCalendarDate } from '../../../lib/dates';
import {
  ATTACHMENT_MAX,
  ATTACHMENT_MIDPOINT,
  ATTACHMENT_MIN,
  attachmentMovement,
  attachmentSummary,
  QUADRANT_LABELS,
  type AttachmentStep,
} from '../attachment-plot';
import { AXIS_LINE } from './time-axis-props';

const HEIGHT = 330;
const POINT = '#364fc7';
const PATH = '#868e96';
const TICKS = [1, 2, 3, 4, 5, 6, 7];
const INSTRUMENT_NAMES: Record<string, string> = { ecr_r: 'ECR-R', ecr_rs: 'ECR-RS' };

const config: ChartConfig = {
  earlier: { label: 'Earlier result', colour: POINT, mark: 'hollow-circle' },
  latest: { label: 'Latest result', colour: POINT, mark: 'ringed-circle' },
  path: { label: 'Oldest → newest', colour: PATH, mark: 'line' },
};

const quadrantLabel = (value: string, position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight') => ({
  value,
  position,
  fill: '#495057',
  fontSize: 12,
  fontWeight: 600,
});

function AttachmentTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: AttachmentStep }[] }) {
  const step = active ? payload?.[0]?.payload : undefined;
  if (!step) return null;
  return (
    <ChartTooltipBox>
      <strong>
        {formatCalendarDate(step.date)}
        {step.latest ? ' (latest)' : ''}
      </strong>
      <div>
        Anxiety {step.anxiety.toFixed(2)} · Avoidance {step.avoidance.toFixed(2)}
      </div>
      <div>
        {QUADRANT_LABELS[step.quadrant]} · {INSTRUMENT_NAMES[step.instrument] ?? step.instrument}
      </div>
    </ChartTooltipBox>
  );
}

function StepMark(props: { cx?: number; cy?: number; payload?: AttachmentStep }) {
  const { cx = 0, cy = 0, payload } = props;
  if (payload?.latest) {
    return (
      <g>
        <circle cx={cx} cy={cy} r={11} fill="none" stroke={POINT} strokeWidth={1.5} />
        <circle cx={cx} cy={cy} r={6.5} fill={POINT} stroke="#ffffff" strokeWidth={1.5} />
      </g>
    );
  }
  return <circle cx={cx} cy={cy} r={4.5} fill="#ffffff" stroke={POINT} strokeWidth={1.75} />;
}

/** The four quadrants of the plot, split at the midpoint, each labelled in its corner. */
const QUADRANT_AREAS = [
  { quadrant: 'anxious_preoccupied', x: [ATTACHMENT_MIN, ATTACHMENT_MIDPOINT], y: [ATTACHMENT_MIDPOINT, ATTACHMENT_MAX], position: 'insideTopLeft' },
  { quadrant: 'fearful_avoidant', x: [ATTACHMENT_MIDPOINT, ATTACHMENT_MAX], y: [ATTACHMENT_MIDPOINT, ATTACHMENT_MAX], position: 'insideTopRight' },
  { quadrant: 'secure', x: [ATTACHMENT_MIN, ATTACHMENT_MIDPOINT], y: [ATTACHMENT_MIN, ATTACHMENT_MIDPOINT], position: 'insideBottomLeft' },
  {
    quadrant: 'dismissing_avoidant',
    x: [ATTACHMENT_MIDPOINT, ATTACHMENT_MAX],
    y: [ATTACHMENT_MIN, ATTACHMENT_MIDPOINT],
    position: 'insideBottomRight',
  },
] as const;

/** Memoised: the Overview re-renders as each chart reports itself drawn; unchanged charts are not redrawn. */
export const AttachmentChart = memo(function AttachmentChart({ path }: { path: AttachmentStep[] }) {
  const movement = attachmentMovement(path);
  return (
    <ChartContainer
      title="Attachment plot"
      description="ECR anxiety against avoidance, 1–7; lines at the midpoint 4."
      config={config}
      summary={attachmentSummary(path)}
      height={HEIGHT}
      footer={movement && <Text size="sm">{movement}</Text>}
      empty={path.length === 0 ? 'No ECR-R or ECR-RS in this period.' : null}
      drawnSelector=".recharts-scatter-symbol, .recharts-scatter"
      table={
        <DataTable
          caption="Attachment anxiety and avoidance per result, oldest first"
          columns={[
            { label: '#', numeric: true },
            { label: 'Date' },
            { label: 'Questionnaire' },
            { label: 'Anxiety', numeric: true },
            { label: 'Avoidance', numeric: true },
            { label: 'Quadrant' },
          ]}
          rows={path.map((s) => ({
            key: `${s.order}`,
            cells: [
              s.order,
              `${formatCalendarDate(s.date)}${s.latest ? ' (latest)' : ''}`,
              INSTRUMENT_NAMES[s.instrument] ?? s.instrument,
              s.anxiety.toFixed(2),
              s.avoidance.toFixed(2),
              QUADRANT_LABELS[s.quadrant],
            ],
          }))}
        />
      }
    >
      {({ width, height }) => (
        <ScatterChart width={width} height={height} margin={{ top: 8, right: 12, bottom: 18, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#f1f3f5" />
          {QUADRANT_AREAS.map((q) => (
            <ReferenceArea
              key={q.quadrant}
              x1={q.x[0]}
              x2={q.x[1]}
              y1={q.y[0]}
              y2={q.y[1]}
              fill="none"
              label={quadrantLabel(QUADRANT_LABELS[q.quadrant], q.position)}
            />
          ))}
          <ReferenceLine x={ATTACHMENT_MIDPOINT} stroke="#868e96" strokeWidth={1.5} />
          <ReferenceLine y={ATTACHMENT_MIDPOINT} stroke="#868e96" strokeWidth={1.5} />
          <XAxis
            type="number"
            dataKey="avoidance"
            domain={[ATTACHMENT_MIN, ATTACHMENT_MAX]}
            ticks={TICKS}
            axisLine={AXIS_LINE}
            tickLine={AXIS_LINE}
            tick={{ fontSize: 12 }}
            label={{ value: 'Avoidance →', position: 'insideBottom', offset: -12, fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="anxiety"
            domain={[ATTACHMENT_MIN, ATTACHMENT_MAX]}
            ticks={TICKS}
            width={40}
            axisLine={AXIS_LINE}
            tickLine={AXIS_LINE}
            tick={{ fontSize: 12 }}
            label={{ value: 'Anxiety →', angle: -90, position: 'insideLeft', offset: 10, fontSize: 12 }}
          />
          <Tooltip content={AttachmentTooltip} isAnimationActive={false} cursor={false} />
          <Scatter data={path} line={{ stroke: PATH, strokeWidth: 1.5 }} shape={StepMark} isAnimationActive={false} />
        </ScatterChart>
      )}
    </ChartContainer>
  );
});
