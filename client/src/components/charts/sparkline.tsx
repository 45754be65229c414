import { sparkline, type SparkPoint } from './sparkline-geometry';

interface SparklineProps {
  points: readonly SparkPoint[];
  width: number;
  height: number;
  min: number;
  max: number;
  /** The accessible name: the numbers the line shows, in words. */
  label: string;
  xMin?: number;
  xMax?: number;
  /** Dashed line at a goal's target, dotted at its baseline. */
  target?: number;
  baseline?: number;
  colour?: string;
  /** Every point gets a dot (the last one always does). */
  dots?: boolean;
}

/** A small line chart in plain SVG: no chart library, so light enough for the caseload. */
export function Sparkline({
  points,
  width,
  height,
  min,
  max,
  label,
  xMin,
  xMax,
  target,
  baseline,
  colour = '#364fc7',
  dots = false,
}: SparklineProps) {
  const g = sparkline(points, { width, height, min, max, xMin, xMax, pad: 4 });
  const last = g.dots[g.dots.length - 1];
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="sb-sparkline">
      {baseline !== undefined && (
        <line x1={0} x2={width} y1={g.yAt(baseline)} y2={g.yAt(baseline)} stroke="#868e96" strokeWidth={1} strokeDasharray="2 3" />
      )}
      {target !== undefined && (
        <line x1={0} x2={width} y1={g.yAt(target)} y2={g.yAt(target)} stroke="#495057" strokeWidth={1} strokeDasharray="6 3" />
      )}
      {points.length > 1 && <path d={g.path} fill="none" stroke={colour} strokeWidth={1.75} strokeLinejoin="round" strokeLinecap="round" />}
      {dots && g.dots.slice(0, -1).map((d, i) => <circle key={i} cx={d.cx} cy={d.cy} r={1.75} fill={colour} />)}
      {last && <circle cx={last.cx} cy={last.cy} r={2.75} fill={colour} />}
    </svg>
  );
}
