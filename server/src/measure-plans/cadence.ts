import { addCalendarDays } from '@securebase/shared';

/** How often a plan comes due. */
export const MEASURE_PLAN_CADENCES = ['once', 'weekly', 'every_2_weeks', 'every_4_weeks', 'every_6_weeks', 'every_8_weeks'] as const;
export type MeasurePlanCadence = (typeof MEASURE_PLAN_CADENCES)[number];

/** Days between due dates; null for a plan that comes due once. */
export const CADENCE_DAYS: Record<MeasurePlanCadence, number | null> = {
  once: null,
  weekly: 7,
  every_2_weeks: 14,
  every_4_weeks: 28,
  every_6_weeks: 42,
  every_8_weeks: 56,
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface PlanDates {
  cadence: MeasurePlanCadence;
  startsOn: string;
  endsOn: string | null;
}

/**
 * The first due date strictly after `after` (or the start when nothing is due yet), on the
 * grid startsOn + k × interval; null when the plan has no further due date before its end.
 */
export function nextDueAfter(plan: PlanDates, after: string | null): string | null {
  const step = CADENCE_DAYS[plan.cadence];
  let next: string;
  if (after === null || after < plan.startsOn) next = plan.startsOn;
  else if (step === null) return null;
  else next = addCalendarDays(plan.startsOn, (Math.floor(daysBetween(plan.startsOn, after) / step) + 1) * step);
  return plan.endsOn !== null && next > plan.endsOn ? null : next;
}

/**
 * The latest due date on or before `today` (and before the end), or null when none is: a plan
 * due while every server was down is caught up once, with its latest missed date, not once per
 * missed interval.
 */
export function latestDueOnOrBefore(plan: PlanDates, today: string): string | null {
  const last = plan.endsOn !== null && plan.endsOn < today ? plan.endsOn : today;
  if (last < plan.startsOn) return null;
  const step = CADENCE_DAYS[plan.cadence];
  if (step === null) return plan.startsOn;
  return addCalendarDays(plan.startsOn, Math.floor(daysBetween(plan.startsOn, last) / step) * step);
}
