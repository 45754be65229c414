// The attachment plot: ECR anxiety (y) against avoidance (x), 1–7, one point per measure,
// joined oldest → newest. The quadrants are the four attachment prototypes (Bartholomew).
import { formatCalendarDate } from '../../lib/dates';
import type { AttachmentPoint } from './api/get-progress';

export const ATTACHMENT_MIN = 1;
export const ATTACHMENT_MAX = 7;
/** The scale's midpoint, where the quadrant lines are drawn. */
export const ATTACHMENT_MIDPOINT = 4;

export const QUADRANTS = ['secure', 'anxious_preoccupied', 'dismissing_avoidant', 'fearful_avoidant'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  secure: 'Secure',
  anxious_preoccupied: 'Anxious-preoccupied',
  dismissing_avoidant: 'Dismissing-avoidant',
  fearful_avoidant: 'Fearful-avoidant',
};

/** Where each quadrant's name is written: its outer corner (low avoidance is left, high anxiety is up). */
export const QUADRANT_CORNERS: Record<Quadrant, { x: number; y: number; anchor: 'start' | 'end' }> = {
  secure: { x: ATTACHMENT_MIN, y: ATTACHMENT_MIN, anchor: 'start' },
  anxious_preoccupied: { x: ATTACHMENT_MIN, y: ATTACHMENT_MAX, anchor: 'start' },
  dismissing_avoidant: { x: ATTACHMENT_MAX, y: ATTACHMENT_MIN, anchor: 'end' },
  fearful_avoidant: { x: ATTACHMENT_MAX, y: ATTACHMENT_MAX, anchor: 'end' },
};

/** A score on the midpoint counts as low: "high" means above the middle of the scale. */
export function quadrantOf(anxiety: number, avoidance: number): Quadrant {
  const anxious = anxiety > ATTACHMENT_MIDPOINT;
  const avoidant = avoidance > ATTACHMENT_MIDPOINT;
  if (anxious) return avoidant ? 'fearful_avoidant' : 'anxious_preoccupied';
  return avoidant ? 'dismissing_avoidant' : 'secure';
}

export interface AttachmentStep {
  date: string;
  /** x on the plot. */
  avoidance: number;
  /** y on the plot. */
  anxiety: number;
  instrument: string;
  quadrant: Quadrant;
  /** 1 for the oldest. */
  order: number;
  latest: boolean;
}

/** The points in time order (the server's order kept for a tie), the newest marked. */
export function attachmentPath(points: readonly AttachmentPoint[]): AttachmentStep[] {
  const sorted = points.map((p, i) => ({ p, i })).sort((a, b) => (a.p.date < b.p.date ? -1 : a.p.date > b.p.date ? 1 : a.i - b.i));
  return sorted.map(({ p }, i) => ({
    date: p.date,
    avoidance: p.avoidance,
    anxiety: p.anxiety,
    instrument: p.instrument,
    quadrant: quadrantOf(p.anxiety, p.avoidance),
    order: i + 1,
    latest: i === sorted.length - 1,
  }));
}

const one = (n: number) => n.toFixed(1);

export function attachmentSummary(path: readonly AttachmentStep[]): string {
  if (path.length === 0) return 'No attachment questionnaire in this period.';
  const words = (s: AttachmentStep) => `anxiety ${one(s.anxiety)}, avoidance ${one(s.avoidance)} (${QUADRANT_LABELS[s.quadrant]})`;
  const last = path[path.length - 1];
  if (path.length === 1) return `One result on ${formatCalendarDate(last.date)}: ${words(last)}.`;
  return `${path.length} results, joined in time order. First ${formatCalendarDate(path[0].date)}: ${words(path[0])}. Latest ${formatCalendarDate(last.date)}: ${words(last)}.`;
}

/**
 * Where the client started and where they are now, in quadrant words: what a clinician reads off the plot.
 * Null with fewer than two results (nothing has moved yet).
 */
export function attachmentMovement(path: readonly AttachmentStep[]): string | null {
  if (path.length < 2) return null;
  const first = path[0];
  const last = path[path.length - 1];
  const when = (s: AttachmentStep) => formatCalendarDate(s.date);
  if (first.quadrant === last.quadrant) {
    return `${QUADRANT_LABELS[last.quadrant]} at the first result (${when(first)}) and the latest (${when(last)}).`;
  }
  return `Moved from ${QUADRANT_LABELS[first.quadrant].toLowerCase()} (${when(first)}) to ${QUADRANT_LABELS[last.quadrant].toLowerCase()} (${when(last)}).`;
}
