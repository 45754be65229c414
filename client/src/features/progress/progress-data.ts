import type { Progress } from './api/get-progress';

/** Whether the record holds anything the Overview can draw: a session, a rating or a questionnaire. */
export function hasProgressData(progress: Progress): boolean {
  const { attended, cancelled, noShow } = progress.attendance;
  return (
    attended + cancelled + noShow > 0 ||
    progress.measures.length > 0 ||
    progress.attachment.length > 0 ||
    progress.goals.some((g) => g.points.length > 0 || g.clientPoints.length > 0)
  );
}

/** Every date the time charts show, so they share one axis. */
export function progressDates(progress: Progress): string[] {
  return [
    ...progress.goals.flatMap((g) => g.points.map((p) => p.date)),
    ...progress.goals.flatMap((g) => g.clientPoints.map((p) => p.date)),
    ...progress.measures.flatMap((m) => m.points.map((p) => p.date)),
    ...progress.attachment.map((p) => p.date),
    // Months of notes and patterns count from their first day, so a month with notes only is inside the axis.
    ...progress.approaches.map((a) => `${a.month}-01`),
    ...progress.patterns.map((p) => `${p.month}-01`),
  ];
}

/** Ratings per goal, for the goal cards' mini charts. */
export function ratingsByGoal(progress: Progress | undefined): Map<string, Progress['goals'][number]['points']> {
  return new Map((progress?.goals ?? []).map((g) => [g.goalId, g.points]));
}
