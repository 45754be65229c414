import { RATING_MAX, RATING_MIN } from '@securebase/shared';
import { Sparkline } from '../../../components/charts/sparkline';
import { useWidth } from '../../../components/charts/use-width';
import { formatCalendarDate } from '../../../lib/dates';
import { dayMs } from '../time-axis';

interface GoalMiniChartProps {
  points: readonly { date: string; rating: number }[];
  baseline: number;
  target: number;
  colour?: string;
}

/** What the mini chart shows, in words. */
export function goalMiniChartLabel(points: readonly { date: string; rating: number }[], target: number): string {
  if (points.length === 0) return 'Not rated yet.';
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) return `One rating, ${first.rating} on ${formatCalendarDate(first.date)}; target ${target}.`;
  return `${points.length} ratings from ${formatCalendarDate(first.date)} to ${formatCalendarDate(last.date)}: ${first.rating} → ${last.rating}; target ${target}.`;
}

/** A goal's ratings over time, small: the line, its baseline (dotted) and target (dashed). */
export function GoalMiniChart({ points, baseline, target, colour }: GoalMiniChartProps) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const xs = points.map((p) => dayMs(p.date));
  return (
    <div ref={ref} style={{ width: '100%', height: 56 }}>
      {width > 0 && points.length > 0 && (
        <Sparkline
          points={points.map((p, i) => ({ x: xs[i], y: p.rating }))}
          width={width}
          height={56}
          min={RATING_MIN}
          max={RATING_MAX}
          baseline={baseline}
          target={target}
          colour={colour}
          dots
          label={`Ratings over time. ${goalMiniChartLabel(points, target)}`}
        />
      )}
    </div>
  );
}
