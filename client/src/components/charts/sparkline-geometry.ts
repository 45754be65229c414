// Geometry of the small line charts drawn without a chart library (caseload sparkline, goal cards),
// so the screens that show them stay light.

export interface SparkPoint {
  /** Position along the line: a time or an index; evenly spaced by index when absent. */
  x?: number;
  y: number;
}

export interface SparkFrame {
  width: number;
  height: number;
  /** Value range of the y axis. */
  min: number;
  max: number;
  /** Room kept free around the line, so markers are not clipped. */
  pad?: number;
  /** x range; the points' own range when absent. */
  xMin?: number;
  xMax?: number;
}

export interface SparkGeometry {
  path: string;
  dots: { cx: number; cy: number }[];
  /** y in pixels for a value, for reference lines. */
  yAt: (value: number) => number;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function sparkline(points: readonly SparkPoint[], frame: SparkFrame): SparkGeometry {
  const pad = frame.pad ?? 3;
  const xs = points.map((p, i) => p.x ?? i);
  const xMin = frame.xMin ?? Math.min(...xs);
  const xMax = frame.xMax ?? Math.max(...xs);
  const span = frame.max - frame.min || 1;
  const yAt = (value: number) => round(pad + (1 - (value - frame.min) / span) * (frame.height - 2 * pad));
  // A single point (or all on one day) sits in the middle.
  const xAt = (x: number) => round(xMax === xMin ? frame.width / 2 : pad + ((x - xMin) / (xMax - xMin)) * (frame.width - 2 * pad));
  const dots = points.map((p, i) => ({ cx: xAt(xs[i]), cy: yAt(p.y) }));
  const path = dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.cx},${d.cy}`).join(' ');
  return { path, dots, yAt };
}
