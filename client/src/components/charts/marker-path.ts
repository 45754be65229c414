// Many markers as one SVG path: a dense chart (hundreds of ratings) draws each series' markers as the
// subpaths of a single <path> instead of an element per point, so the page has a handful of elements
// to lay out and style, not thousands. Shapes match MarkerShape (chart-legend.tsx) at the same size.
import type { LegendMark } from './chart-config';

export interface Centre {
  cx: number;
  cy: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** One marker's subpath, centred on (cx, cy); `size` as MarkerShape's (the circle's diameter). */
export function markerSubpath(shape: LegendMark, { cx, cy }: Centre, size: number): string {
  const r = size / 2;
  const x = round(cx);
  const y = round(cy);
  switch (shape) {
    case 'square': {
      const s = round(r * 1.8);
      return `M${round(cx - r * 0.9)},${round(cy - r * 0.9)}h${s}v${s}h${-s}Z`;
    }
    case 'triangle':
      return `M${x},${round(cy - r * 1.1)}L${round(cx + r)},${round(cy + r * 0.8)}L${round(cx - r)},${round(cy + r * 0.8)}Z`;
    case 'diamond': {
      const w = round(r * 1.1);
      const h = round(r * 1.2);
      return `M${x},${round(cy - r * 1.2)}l${w},${h}l${-w},${h}l${-w},${-h}Z`;
    }
    default: {
      // Two half-circle arcs: a whole circle in one subpath.
      const rr = round(r);
      return `M${round(cx - r)},${y}a${rr},${rr} 0 1,0 ${round(2 * r)},0a${rr},${rr} 0 1,0 ${round(-2 * r)},0Z`;
    }
  }
}

/** Every centre's marker in one path `d` (empty string for none). */
export function markersPath(shape: LegendMark, centres: readonly Centre[], size: number): string {
  let d = '';
  for (const c of centres) d += markerSubpath(shape, c, size);
  return d;
}
