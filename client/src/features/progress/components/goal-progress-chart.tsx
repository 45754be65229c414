import { Anchor, Text } from '@mantine/core';
import { memo, useMemo, useState, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  CartesianGrid,
  DefaultZIndexes,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
import { ChartContainer, DataTable } from '../../../components/charts/chart-container';
import type { ChartConfig } from '../../../components/charts/chart-config';
import { MarkerShape } from '../../../components/charts/chart-legend';
import { markersPath, type Centre } from '../../../components/charts/marker-path';
import { PinnedTooltip } from '../../../components/charts/chart-tooltip';
import { formatCalendarDate } from '../../../lib/dates';
import { GOAL_STATUS_LABELS } from '../../goals/goal-rules';
import { goalChartSummary, goalClientRows, goalSessionRows, ratedLines, type GoalLine, type GoalPoint } from '../goal-series';
import { isCrowded, nearestPoint, type PlotBox } from '../nearest-point';
import { dayMs } from '../time-axis';
import { AXIS_LINE, GRID_STROKE, timeAxisProps } from './time-axis-props';

const HEIGHT = 300;
const MARGIN = { top: 10, right: 16, bottom: 4, left: 0 };
const Y_AXIS_WIDTH = 34;
/** Recharts' default x-axis height, below the plot. */
const X_AXIS_HEIGHT = 30;

/** What the pointer is on, by key: the lines are rebuilt on every render, so objects would not compare equal. */
interface Hovered {
  lineKey: string;
  sessionId: string;
  cx: number;
  cy: number;
}

const sameTarget = (a: Hovered | null, b: Hovered | null) => a?.lineKey === b?.lineKey && a?.sessionId === b?.sessionId;

/** The rating on the day a goal was marked achieved: its last rating on or before that day, else its target. */
function achievedRating(line: GoalLine): number {
  const before = line.points.filter((p) => line.achievedOn && p.date <= line.achievedOn);
  return before.length ? before[before.length - 1].rating : line.target;
}

/** The ratings given in the same session as `point`, one per goal, in the goals' order. */
function sameSession(lines: readonly GoalLine[], point: GoalPoint): { line: GoalLine; point: GoalPoint }[] {
  return lines.flatMap((line) => {
    const match = line.points.find((p) => p.sessionId === point.sessionId);
    return match ? [{ line, point: match }] : [];
  });
}

function MarkerSwatch({ line }: { line: GoalLine }) {
  return (
    <svg width={10} height={10} aria-hidden focusable="false" style={{ verticalAlign: 'middle' }}>
      <MarkerShape shape={line.marker} cx={5} cy={5} size={8} fill={line.colour} />
    </svg>
  );
}

/** Marker size on a dense chart (many sessions in little width), as MarkerShape's `size`. */
const DENSE_MARKER = 4.5;

/**
 * The markers of every line as one path per line (and one for each line's client ratings), inside the
 * chart at Recharts' own scales. A dense chart drew a group, a hit circle and a marker per rating: about
 * 3,600 elements on a five-year client, each one laid out and styled. Hover goes through the pointer layer.
 */
function MarkerPaths({ lines, markers, clientRadius }: { lines: readonly GoalLine[]; markers: boolean; clientRadius: number }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const paths = useMemo(() => {
    if (!xScale || !yScale) return null;
    const centres = (points: readonly { x: number; rating: number }[]): Centre[] =>
      points.flatMap((p) => {
        const cx = xScale(p.x);
        const cy = yScale(p.rating);
        return cx === undefined || cy === undefined ? [] : [{ cx, cy }];
      });
    return lines.map((line) => ({
      line,
      markers: markers ? markersPath(line.marker, centres(line.points), DENSE_MARKER) : '',
      client: markersPath('circle', centres(line.clientPoints), clientRadius * 2),
    }));
  }, [xScale, yScale, lines, markers, clientRadius]);
  if (!paths) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      {paths.map(({ line, markers, client }) => (
        <g key={line.key}>
          {markers && <path className="sb-goal-markers" d={markers} fill={line.colour} stroke="#ffffff" strokeWidth={1} />}
          {client && <path className="sb-client-rating" d={client} fill="#ffffff" stroke={line.colour} strokeWidth={2} />}
        </g>
      ))}
    </ZIndexLayer>
  );
}

function goalConfig(lines: readonly GoalLine[]): ChartConfig {
  const config: ChartConfig = {};
  for (const line of lines) {
    const achieved = line.achievedOn ? ` (achieved ${formatCalendarDate(line.achievedOn)})` : '';
    config[line.key] = { label: `${line.title}${achieved}`, colour: line.colour, mark: 'line', marker: line.marker };
    // The client's own ratings: the goal's colour with hollow markers, so they never pass for the clinician's.
    if (line.clientPoints.length > 0) {
      config[line.clientKey] = { label: `${line.title}: client’s own rating`, colour: line.colour, mark: 'line', marker: 'hollow-circle' };
    }
  }
  config.baseline = { label: 'Baseline (dotted)', colour: '#495057', mark: 'dotted' };
  config.target = { label: 'Target (dashed)', colour: '#495057', mark: 'dashed' };
  if (lines.some((l) => l.achievedOn)) config.achieved = { label: 'Goal achieved', colour: '#212529', mark: 'star' };
  return config;
}

/** Memoised: the Overview re-renders as each chart reports itself drawn; unchanged charts are not redrawn. */
export const GoalProgressChart = memo(function GoalProgressChart({ lines, domain }: { lines: GoalLine[]; domain: [number, number] | null }) {
  const navigate = useNavigate();
  const [hovered, setHovered] = useState<Hovered | null>(null);
  // Hovering changes only `hovered`: the lines' derived data and the (long) tables are kept, not rebuilt.
  const { rated, unrated } = useMemo(() => ratedLines(lines), [lines]);
  const config = useMemo(() => goalConfig(rated), [rated]);
  const empty =
    lines.length === 0 ? 'No goals have been set for this client.' : rated.length === 0 || !domain ? 'No goal was rated in this period.' : null;

  const table = useMemo(() => {
    const rows = goalSessionRows(rated);
    const clientRows = goalClientRows(rated);
    return (
      <>
        <DataTable
          caption="Goals: baseline, target and latest rating in this period (0–10)"
          columns={[
            { label: 'Goal' },
            { label: 'Status' },
            { label: 'Baseline', numeric: true },
            { label: 'Target', numeric: true },
            { label: 'Latest', numeric: true },
            { label: 'Achieved' },
          ]}
          rows={lines.map((l) => ({
            key: l.goalId,
            cells: [
              l.title,
              GOAL_STATUS_LABELS[l.status],
              l.baseline,
              l.target,
              l.latest ?? '—',
              l.achievedOn ? formatCalendarDate(l.achievedOn) : '—',
            ],
          }))}
        />
        <div style={{ height: 8 }} />
        <DataTable
          caption="Goal ratings (0–10) per session in this period, oldest first, with the clinician's comments"
          rowHeader={false}
          columns={[{ label: 'Session' }, ...rated.map((l) => ({ label: l.title }))]}
          rows={rows.map((r) => ({
            key: r.sessionId,
            cells: [
              <Anchor component={Link} to={`/sessions/${r.sessionId}`} size="sm" className="sb-nowrap tabular-figures">
                {formatCalendarDate(r.date)}
              </Anchor>,
              ...r.ratings.map((cell) =>
                cell ? (
                  <>
                    <span className="tabular-figures">{cell.rating}</span>
                    {cell.comment && <div className="sb-table-comment">{cell.comment}</div>}
                  </>
                ) : (
                  '—'
                ),
              ),
            ],
          }))}
        />
        {clientRows.length > 0 && (
          <>
            <div style={{ height: 8 }} />
            <DataTable
              caption="The client’s own goal ratings (0–10), from the questionnaires they answered, oldest first"
              columns={[{ label: 'Date' }, ...rated.map((l) => ({ label: l.title, numeric: true }))]}
              rows={clientRows.map((r) => ({
                key: r.invitationId,
                cells: [formatCalendarDate(r.date), ...r.ratings.map((rating) => rating ?? '—')],
              }))}
            />
          </>
        )}
      </>
    );
  }, [lines, rated]);

  return (
    <ChartContainer
      title="Goal progress"
      description="Ratings 0–10 at each session. Hover a point for its comment; click it to open the session."
      config={config}
      summary={goalChartSummary(lines)}
      height={HEIGHT}
      table={table}
      empty={empty}
      drawnSelector=".recharts-line-curve"
      wide
      footer={
        unrated.length > 0 && (
          <Text size="xs" c="dimmed">
            Not rated in this period: {unrated.map((l) => l.title).join('; ')}.
          </Text>
        )
      }
    >
      {({ width, height }) => {
        if (!domain) return null;
        const xAxis = timeAxisProps(domain, width);
        const box: PlotBox = {
          left: MARGIN.left + Y_AXIS_WIDTH,
          right: width - MARGIN.right,
          top: MARGIN.top,
          bottom: height - MARGIN.bottom - X_AXIS_HEIGHT,
        };
        // Years of weekly sessions: no markers at all. Many sessions in little width: small markers, drawn as one
        // path per line. Either way the pointer finds the nearest rating (nearest-point.ts). Otherwise each rating
        // is a marker of its own that takes the pointer.
        const crowded = isCrowded(rated, box.right - box.left);
        const dense = !crowded && Math.max(...rated.map((l) => l.points.length)) > width / 12;
        const byPointer = crowded || dense;
        // Looked up in this render's data; gone (no tooltip) if that session is no longer drawn.
        const targetLine = hovered && rated.find((l) => l.key === hovered.lineKey);
        const targetPoint = targetLine && targetLine.points.find((p) => p.sessionId === hovered?.sessionId);
        const target = hovered && targetLine && targetPoint ? { line: targetLine, point: targetPoint, cx: hovered.cx, cy: hovered.cy } : null;
        const locate = (e: MouseEvent<HTMLDivElement>) => {
          const r = e.currentTarget.getBoundingClientRect();
          return nearestPoint(rated, xAxis.domain, box, e.clientX - r.left, e.clientY - r.top);
        };
        const pick = (e: MouseEvent<HTMLDivElement>) => {
          const found = locate(e);
          const next = found && { lineKey: found.line.key, sessionId: found.point.sessionId, cx: found.cx, cy: found.cy };
          // The same rating again: keep the state, so moving within it does not redraw hundreds of points.
          setHovered((prev) => (sameTarget(prev, next) ? prev : next));
        };
        /** One interactive marker per rating, for charts with room for them. */
        const marker = (line: GoalLine) => (props: { cx?: number; cy?: number; index: number }) => {
          const point = line.points[props.index];
          const { cx, cy } = props;
          if (!point || cx === undefined || cy === undefined) return <g key={props.index} />;
          const isHovered = hovered?.lineKey === line.key && hovered.sessionId === point.sessionId;
          return (
            <g
              key={props.index}
              className="sb-chart-point"
              onMouseEnter={() => setHovered({ lineKey: line.key, sessionId: point.sessionId, cx, cy })}
              onMouseLeave={() => setHovered((h) => (h?.sessionId === point.sessionId ? null : h))}
              onClick={() => void navigate(`/sessions/${point.sessionId}`)}
            >
              <circle cx={cx} cy={cy} r={9} fill="transparent" />
              <MarkerShape shape={line.marker} cx={cx} cy={cy} size={isHovered ? 11 : 7} fill={line.colour} stroke="#ffffff" strokeWidth={1} />
            </g>
          );
        };
        return (
          <>
            <LineChart width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
              <CartesianGrid vertical={false} stroke={GRID_STROKE} />
              <XAxis {...xAxis} axisLine={AXIS_LINE} tickLine={AXIS_LINE} />
              <YAxis
                domain={[0, 10]}
                ticks={[0, 2, 4, 6, 8, 10]}
                interval={0}
                width={Y_AXIS_WIDTH}
                axisLine={AXIS_LINE}
                tickLine={AXIS_LINE}
                tick={{ fontSize: 12 }}
              />
              {rated.map((line) => (
                <ReferenceLine
                  key={`b-${line.key}`}
                  y={line.baseline}
                  stroke={line.colour}
                  strokeOpacity={0.8}
                  strokeDasharray="2 4"
                  strokeWidth={1.5}
                />
              ))}
              {rated.map((line) => (
                <ReferenceLine
                  key={`t-${line.key}`}
                  y={line.target}
                  stroke={line.colour}
                  strokeOpacity={0.8}
                  strokeDasharray="8 5"
                  strokeWidth={1.5}
                />
              ))}
              {rated.map((line) => (
                <Line
                  key={line.key}
                  data={line.points}
                  dataKey="rating"
                  name={line.title}
                  stroke={line.colour}
                  strokeWidth={2}
                  isAnimationActive={false}
                  activeDot={false}
                  dot={byPointer ? false : marker(line)}
                />
              ))}
              {rated
                .filter((line) => line.clientPoints.length > 0)
                .map((line) => (
                  <Line
                    key={line.clientKey}
                    data={line.clientPoints}
                    dataKey="rating"
                    name={`${line.title}: client’s own rating`}
                    stroke={line.colour}
                    strokeWidth={1.5}
                    strokeOpacity={0.85}
                    isAnimationActive={false}
                    activeDot={false}
                    dot={false}
                  />
                ))}
              <MarkerPaths lines={rated} markers={dense} clientRadius={crowded ? 3 : 4.5} />
              {byPointer && target && (
                <ReferenceDot
                  x={target.point.x}
                  y={target.point.rating}
                  r={6}
                  shape={(p: { cx?: number; cy?: number }) => (
                    <MarkerShape
                      shape={target.line.marker}
                      cx={p.cx ?? 0}
                      cy={p.cy ?? 0}
                      size={11}
                      fill={target.line.colour}
                      stroke="#ffffff"
                      strokeWidth={1}
                    />
                  )}
                />
              )}
              {rated
                .filter((line) => line.achievedOn && dayMs(line.achievedOn) >= domain[0] && dayMs(line.achievedOn) <= domain[1])
                .map((line) => (
                  <ReferenceDot
                    key={`a-${line.key}`}
                    x={dayMs(line.achievedOn ?? '')}
                    y={achievedRating(line)}
                    r={8}
                    shape={(p: { cx?: number; cy?: number }) => (
                      <MarkerShape shape="star" cx={p.cx ?? 0} cy={p.cy ?? 0} size={11} fill="#212529" stroke="#ffffff" strokeWidth={1} />
                    )}
                  />
                ))}
            </LineChart>
            {byPointer && (
              <div
                className="sb-chart-pointer-layer"
                onMouseMove={pick}
                onMouseLeave={() => setHovered(null)}
                // Found again from the click itself: a tap on a touch screen comes with no hover first.
                onClick={(e) => {
                  const found = locate(e);
                  if (found) void navigate(`/sessions/${found.point.sessionId}`);
                }}
                style={{ cursor: target ? 'pointer' : 'default' }}
              />
            )}
            {target && (
              <PinnedTooltip x={target.cx} y={target.cy} width={width}>
                <strong>{formatCalendarDate(target.point.date)}</strong>
                {/* Every goal rated in that session: points of different goals often sit on top of each other. */}
                {sameSession(rated, target.point).map(({ line, point }) => (
                  <div key={line.key} className="sb-tooltip-goal" data-current={line.key === target.line.key}>
                    <MarkerSwatch line={line} /> {line.title}: <strong>{point.rating}</strong>
                    <span className="sb-tooltip-dim"> (target {line.target})</span>
                    {point.comment && <div className="sb-tooltip-comment">“{point.comment}”</div>}
                  </div>
                ))}
                <div className="sb-tooltip-dim">Click to open the session</div>
              </PinnedTooltip>
            )}
          </>
        );
      }}
    </ChartContainer>
  );
});
