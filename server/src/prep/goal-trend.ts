/** What "Before the session" says a goal is doing, from the clinician's session ratings. */
export type GoalTrend = 'improving' | 'stable' | 'worsening';

/** How many of the newest ratings make "lately", and how many before them make "before". */
export const TREND_WINDOW = 3;

/** The most ratings the rule reads: the newest three and the three before them. */
export const TREND_RATINGS_READ = 2 * TREND_WINDOW;

/**
 * The rule (docs/decisions.md, "Goal trend before the session"): the mean of the newest three
 * ratings against the mean of the up to three ratings before them, or against the goal's baseline
 * when there are only three. Improving or worsening when the means differ by at least one whole
 * point, stable otherwise; no word (null) with fewer than three ratings.
 *
 * Why one point: ratings are whole numbers on 0–10, so a single session rated one step up or down
 * moves a mean of three by only a third of a point, and two such sessions by two thirds. A whole
 * point means the last three sessions sit, together, a full step of the scale away from the three
 * before: at least three one-step moves in the same direction, or one move of three steps. That is
 * the smallest difference that is more than one or two sessions' wobble, and still small enough to
 * speak up within about six weeks of weekly sessions. Means of three rather than the last two
 * ratings, so one unusual session cannot flip the word on its own.
 *
 * Which way is better: towards the goal's target. Almost every goal is rated up from a low
 * baseline to a higher target; a goal whose target is below its baseline improves as its ratings
 * fall. (Target equal to baseline: up counts as better, as for every other goal.)
 *
 * The comparison is done on sums in whole numbers (no floating point), so a difference of exactly
 * one point counts, whatever the group sizes.
 *
 * @param newestFirst the clinician's ratings of one goal, newest first (only the first six are read)
 * @param goal the goal's 0–10 baseline (the "before" when there are exactly three ratings) and target
 */
export function goalTrend(newestFirst: readonly number[], goal: { baseline: number; target: number }): GoalTrend | null {
  if (newestFirst.length < TREND_WINDOW) return null;
  const recent = newestFirst.slice(0, TREND_WINDOW);
  const before = newestFirst.length > TREND_WINDOW ? newestFirst.slice(TREND_WINDOW, TREND_RATINGS_READ) : [goal.baseline];
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  // mean(recent) − mean(before) ≥ 1  ⇔  sum(recent)·|before| − sum(before)·|recent| ≥ |recent|·|before|
  const scaledRise = sum(recent) * before.length - sum(before) * recent.length;
  const scaledTowardsTarget = goal.target < goal.baseline ? -scaledRise : scaledRise;
  const onePoint = recent.length * before.length;
  if (scaledTowardsTarget >= onePoint) return 'improving';
  if (scaledTowardsTarget <= -onePoint) return 'worsening';
  return 'stable';
}
