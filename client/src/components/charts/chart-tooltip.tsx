import type { ReactNode } from 'react';

/**
 * The box shown while the pointer rests on a point. Mouse only, and decorative for assistive
 * technology: the same facts are in the chart's table.
 */
export function ChartTooltipBox({ children }: { children: ReactNode }) {
  return (
    <div className="sb-chart-tooltip" aria-hidden>
      {children}
    </div>
  );
}

/** A tooltip placed at a point of the chart (px from the chart's top left), kept inside it. */
export function PinnedTooltip({ x, y, width, children }: { x: number; y: number; width: number; children: ReactNode }) {
  const onLeft = x > width / 2;
  return (
    <div
      className="sb-chart-tooltip sb-chart-tooltip-pinned"
      aria-hidden
      style={{ top: y, left: onLeft ? undefined : x + 12, right: onLeft ? width - x + 12 : undefined }}
    >
      {children}
    </div>
  );
}
