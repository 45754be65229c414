// Hover on a crowded goal chart: years of weekly ratings leave a few pixels per session, too little for a marker
// per point (and hundreds of interactive SVG groups slow the page). The chart then draws bare lines and finds the
// rating nearest the pointer from the pointer's position, which this file works out.
import type { GoalLine, GoalPoint } from './goal-series';

/** The plot area inside the chart, in pixels from its top-left corner. */
export interface PlotBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface NearestPoint {
  line: GoalLine;
  point: GoalPoint;
  cx: number;
  cy: number;
}

/** Farther than this from every rating (in pixels, left–right) and nothing is picked. */
export const PICK_RADIUS = 24;

/** Fewer pixels than this per session and markers are left off (they would overlap into a smear). */
export const MIN_PX_PER_MARKER = 4;

export function isCrowded(lines: readonly GoalLine[], plotWidth: number): boolean {
  const most = Math.max(0, ...lines.map((l) => l.points.length));
  return most > plotWidth / MIN_PX_PER_MARKER;
}

/**
 * The rating nearest (px, py): per goal, the session closest in time; of those, the one closest on screen.
 * `domain` is the x axis's [from, to] in ms and ratings run 0–10 from the bottom of the box to the top.
 */
export function nearestPoint(
  lines: readonly GoalLine[],
  domain: readonly [number, number],
  box: PlotBox,
  px: number,
  py: number,
): NearestPoint | null {
  if (px < box.left || px > box.right || py < box.top || py > box.bottom) return null;
  const span = domain[1] - domain[0] || 1;
  const toX = (ms: number) => box.left + ((ms - domain[0]) / span) * (box.right - box.left);
  const toY = (rating: number) => box.bottom - (rating / 10) * (box.bottom - box.top);
  const at = domain[0] + ((px - box.left) / (box.right - box.left)) * span;
  let best: (NearestPoint & { distance: number }) | null = null;
  for (const line of lines) {
    const point = closestInTime(line.points, at);
    if (!point) continue;
    const cx = toX(point.x);
    const cy = toY(point.rating);
    if (Math.abs(cx - px) > PICK_RADIUS) continue;
    const distance = Math.hypot(cx - px, cy - py);
    if (!best || distance < best.distance) best = { line, point, cx, cy, distance };
  }
  return best && { line: best.line, point: best.point, cx: best.cx, cy: best.cy };
}

/** Binary search over points in time order. */
function closestInTime(points: readonly GoalPoint[], at: number): GoalPoint | null {
  if (points.length === 0) return null;
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid].x < at) lo = mid + 1;
    else hi = mid;
  }
  const after = points[lo];
  const before = points[lo - 1];
  return before && at - before.x <= after.x - at ? before : after;
}
