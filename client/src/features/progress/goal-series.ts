// Goal progress: one line per goal on 0–10, with its baseline and target.
import type { GoalStatus } from '@securebase/shared';
import type { GoalProgress } from './api/get-progress';
import { dayMs } from './time-axis';

/**
 * Goal lines are told apart by colour and by marker shape. These colours are not the approach
 * colours (those mean an approach wherever they appear); each has at least 4.5:1 on white.
 */
export const GOAL_COLOURS = ['#3949ab', '#b45309', '#15803d', '#a21caf', '#0e7490', '#be123c', '#4d5562'] as const;
export const GOAL_MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
export type GoalMarker = (typeof GOAL_MARKERS)[number];

export interface GoalPoint {
  /** UTC midnight of the session's day, for the time axis. */
  x: number;
  date: string;
  rating: number;
  sessionId: string;
  comment: string | null;
}

/** A rating the client gave their own goal through a questionnaire link. */
export interface ClientGoalPoint {
  x: number;
  date: string;
  rating: number;
  invitationId: string;
}

export interface GoalLine {
  /** Series key in the chart config. */
  key: string;
  /** Series key of the client's own ratings of this goal. */
  clientKey: string;
  goalId: string;
  title: string;
  status: GoalStatus;
  baseline: number;
  target: number;
  achievedOn: string | null;
  colour: string;
  marker: GoalMarker;
  points: GoalPoint[];
  latest: number | null;
  /** The client's own ratings, kept apart from the clinician's (a second series on the chart). */
  clientPoints: ClientGoalPoint[];
}

/**
 * Every goal with its style. Colours follow the goal's place among all the client's goals (the
 * server sends them all, oldest first, whatever the range), so a goal keeps its colour when the
 * range changes.
 */
export function goalLines(goals: readonly GoalProgress[]): GoalLine[] {
  return goals.map((goal, i) => {
    const points = goal.points.map((p) => ({
      x: dayMs(p.date),
      date: p.date,
      rating: p.rating,
      sessionId: p.sessionId,
      comment: p.comment?.trim() ? p.comment.trim() : null,
    }));
    return {
      key: `goal${i}`,
      clientKey: `goal${i}-client`,
      goalId: goal.goalId,
      title: goal.title,
      status: goal.status,
      baseline: goal.baseline,
      target: goal.target,
      achievedOn: goal.achievedOn,
      colour: GOAL_COLOURS[i % GOAL_COLOURS.length],
      marker: GOAL_MARKERS[i % GOAL_MARKERS.length],
      points,
      latest: points.length ? points[points.length - 1].rating : null,
      clientPoints: goal.clientPoints.map((p) => ({ x: dayMs(p.date), date: p.date, rating: p.rating, invitationId: p.invitationId })),
    };
  });
}

/** The lines the chart draws: goals rated in the range, by the clinician or the client. Those not rated are named below the chart. */
export function ratedLines(lines: readonly GoalLine[]): { rated: GoalLine[]; unrated: GoalLine[] } {
  const isRated = (l: GoalLine) => l.points.length > 0 || l.clientPoints.length > 0;
  return { rated: lines.filter(isRated), unrated: lines.filter((l) => !isRated(l)) };
}

export interface GoalClientRow {
  date: string;
  invitationId: string;
  /** One per line, in the lines' order: the client's rating in this questionnaire, or null. */
  ratings: (number | null)[];
}

/** The client's own ratings for the table view: one row per questionnaire they sent (oldest first), a column per goal. */
export function goalClientRows(lines: readonly GoalLine[]): GoalClientRow[] {
  const rows = new Map<string, GoalClientRow>();
  lines.forEach((line, column) => {
    for (const p of line.clientPoints) {
      const row = rows.get(p.invitationId) ?? { date: p.date, invitationId: p.invitationId, ratings: lines.map(() => null) };
      row.ratings[column] = p.rating;
      rows.set(p.invitationId, row);
    }
  });
  return [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface GoalSessionRow {
  date: string;
  sessionId: string;
  /** One per line, in the lines' order: the rating given in this session, or null. */
  ratings: ({ rating: number; comment: string | null } | null)[];
}

/**
 * The table under the chart: one row per session (oldest first), a column per goal, so a long
 * course stays readable and prints on few pages.
 */
export function goalSessionRows(lines: readonly GoalLine[]): GoalSessionRow[] {
  const rows = new Map<string, GoalSessionRow>();
  lines.forEach((line, column) => {
    for (const p of line.points) {
      const row = rows.get(p.sessionId) ?? { date: p.date, sessionId: p.sessionId, ratings: lines.map(() => null) };
      row.ratings[column] = { rating: p.rating, comment: p.comment };
      rows.set(p.sessionId, row);
    }
  });
  // Stable: sessions on the same day keep the order they were first met in.
  return [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** What the chart shows, for the image's accessible name. */
export function goalChartSummary(lines: readonly GoalLine[]): string {
  const rated = lines.filter((l) => l.points.length > 0 || l.clientPoints.length > 0);
  if (rated.length === 0) return 'No goal was rated in this period.';
  const each = rated.map((l) => {
    const own = l.clientPoints.length
      ? `client's own rating ${l.clientPoints[0].rating} → ${l.clientPoints[l.clientPoints.length - 1].rating}`
      : null;
    const clinician = l.points.length ? `${l.points[0].rating} → ${l.latest}` : null;
    return `${l.title}: ${[clinician, own].filter(Boolean).join(', ')} (target ${l.target})`;
  });
  return `Goal ratings 0–10 over time. ${each.join('; ')}.`;
}
