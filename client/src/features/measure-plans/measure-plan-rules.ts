// Questionnaire schedules (measure plans): what the clinician may set, and how a plan is said.
// The server has the last word (server/src/measure-plans); these catch a slip before sending.
import type { InstrumentCode } from '@securebase/shared';
import { addDays, formatCalendarDate, formatInstant } from '../../lib/dates';
import { DEFAULT_EXPIRY_DAYS, instrumentNames, MAX_EXPIRY_DAYS, MAX_INSTRUMENTS, MIN_EXPIRY_DAYS } from '../invitations/invitation-rules';
import type { MeasurePlan, MeasurePlanCadence } from './api/list-measure-plans';

/** In the order the choice is offered. */
export const CADENCE_LABELS: Record<MeasurePlanCadence, string> = {
  once: 'Once',
  weekly: 'Every week',
  every_2_weeks: 'Every 2 weeks',
  every_4_weeks: 'Every 4 weeks',
  every_6_weeks: 'Every 6 weeks',
  every_8_weeks: 'Every 8 weeks',
};

/** As the server allows: a plan starts today or within a year. */
export const MAX_START_AHEAD_DAYS = 366;

export interface PlanFormValues {
  instruments: InstrumentCode[];
  includeGoals: boolean;
  cadence: MeasurePlanCadence;
  startsOn: string;
  /** '' for no end. */
  endsOn: string;
  expiresInDays: number;
}

export function emptyPlanForm(today: string): PlanFormValues {
  return { instruments: [], includeGoals: false, cadence: 'every_2_weeks', startsOn: today, endsOn: '', expiresInDays: DEFAULT_EXPIRY_DAYS };
}

export type PlanFormErrors = Partial<Record<keyof PlanFormValues, string>>;

/** The first problem of each field, in words; `{}` when the plan can be sent. */
export function planFormProblems(values: PlanFormValues, today: string): PlanFormErrors {
  const errors: PlanFormErrors = {};
  if (values.instruments.length === 0) errors.instruments = 'Choose at least one questionnaire.';
  else if (values.instruments.length > MAX_INSTRUMENTS) errors.instruments = `Choose at most ${MAX_INSTRUMENTS} questionnaires.`;
  if (!values.startsOn) errors.startsOn = 'Required';
  else if (values.startsOn < today) errors.startsOn = 'The first due date cannot be in the past';
  else if (values.startsOn > addDays(today, MAX_START_AHEAD_DAYS)) errors.startsOn = 'Start within a year';
  if (values.endsOn && values.startsOn && values.endsOn < values.startsOn) errors.endsOn = 'The end cannot be before the start';
  const days = values.expiresInDays;
  if (!Number.isInteger(days) || days < MIN_EXPIRY_DAYS || days > MAX_EXPIRY_DAYS) {
    errors.expiresInDays = `From ${MIN_EXPIRY_DAYS} to ${MAX_EXPIRY_DAYS} days`;
  }
  return errors;
}

/** "PHQ-9, GAD-7 and goal ratings". */
export function planQuestionnaires(plan: Pick<MeasurePlan, 'instruments' | 'includeGoals'>): string {
  return `${instrumentNames(plan.instruments)}${plan.includeGoals ? ' and goal ratings' : ''}`;
}

/** "Every 2 weeks from 7 Dec 2026 until 1 Mar 2027"; "Once, on 7 Dec 2026". */
export function planCadenceWords(plan: Pick<MeasurePlan, 'cadence' | 'startsOn' | 'endsOn'>): string {
  if (plan.cadence === 'once') return `Once, on ${formatCalendarDate(plan.startsOn)}`;
  const until = plan.endsOn ? ` until ${formatCalendarDate(plan.endsOn)}` : '';
  return `${CADENCE_LABELS[plan.cadence]} from ${formatCalendarDate(plan.startsOn)}${until}`;
}

/** Where the plan stands: stopped, finished, or when the next link is made. */
export function planStateWords(plan: Pick<MeasurePlan, 'status' | 'stoppedAt' | 'nextDueOn'>, today: string): string {
  if (plan.status === 'stopped') return plan.stoppedAt ? `Stopped ${formatInstant(plan.stoppedAt)}` : 'Stopped';
  if (plan.nextDueOn === null) return 'Finished: no further due dates';
  if (plan.nextDueOn <= today) return 'Due today: the link is being made';
  return `Next due ${formatCalendarDate(plan.nextDueOn)}`;
}

/** The body of PATCH: only what changed, with the version read. */
export function planChanges(plan: MeasurePlan, values: Pick<PlanFormValues, 'cadence' | 'endsOn'>) {
  const endsOn = values.endsOn || null;
  return {
    ...(values.cadence !== plan.cadence ? { cadence: values.cadence } : {}),
    ...(endsOn !== plan.endsOn ? { endsOn } : {}),
    version: plan.version,
  };
}
