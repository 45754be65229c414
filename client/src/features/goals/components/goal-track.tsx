import { RATING_MAX } from '@securebase/shared';

const at = (value: number) => `${(value / RATING_MAX) * 100}%`;

/**
 * Baseline (hollow), latest rating (filled) and target (bar) on the 0–10 scale. Decorative:
 * the same facts are written beside it in words.
 */
export function GoalTrack({ baseline, latest, target }: { baseline: number; latest: number | null; target: number }) {
  const from = Math.min(baseline, latest ?? baseline);
  const to = Math.max(baseline, latest ?? baseline);
  return (
    <div className="sb-goal-track" aria-hidden>
      {latest !== null && <span className="sb-goal-span" style={{ left: at(from), width: at(to - from) }} />}
      <span className="sb-goal-mark" data-kind="baseline" style={{ left: at(baseline) }} />
      {latest !== null && <span className="sb-goal-mark" data-kind="latest" style={{ left: at(latest) }} />}
      {/* Last, so a latest rating on target still shows the target line. */}
      <span className="sb-goal-mark" data-kind="target" style={{ left: at(target) }} />
    </div>
  );
}
