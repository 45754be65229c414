// A goal's rules, as the server checks them (server/src/goals/dto/goal.dto.ts), so mistakes are
// pointed out before sending. Goals are never deleted: they are achieved, paused or discontinued.
import {
  GOAL_DOMAINS,
  GOAL_STATUSES,
  isCalendarDate,
  RATING_MAX,
  RATING_MIN,
  TEXT_MAX_LENGTH,
  type GoalDomain,
  type GoalStatus,
} from '@securebase/shared';
import { checkText } from '../clients/client-rules';

// Not (yet) in @securebase/shared; these mirror the server's DTO and our own words.
export const GOAL_TITLE_MAX_LENGTH = 200;

export { GOAL_STATUS_LABELS } from '@securebase/shared';

/** Values of a NumberInput: a number, or '' while empty. */
export type ScoreValue = number | string;

export interface GoalFormValues {
  domain: GoalDomain | null;
  title: string;
  description: string;
  baseline: ScoreValue;
  target: ScoreValue;
  startedOn: string;
}

export type GoalField = keyof GoalFormValues;
export const GOAL_FIELDS: readonly GoalField[] = ['domain', 'title', 'description', 'baseline', 'target', 'startedOn'];
export const GOAL_FIELD_LABELS: Record<GoalField, string> = {
  domain: 'Domain',
  title: 'Goal',
  description: 'Description',
  baseline: 'Baseline',
  target: 'Target',
  startedOn: 'Started on',
};

export function emptyGoalForm(today: string): GoalFormValues {
  return { domain: null, title: '', description: '', baseline: '', target: '', startedOn: today };
}

/** A 0–10 whole number, as the server wants it. */
export function checkScore(value: ScoreValue): string | null {
  if (value === '' || value === null || value === undefined) return 'Required';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < RATING_MIN || n > RATING_MAX) return `Must be a whole number from ${RATING_MIN} to ${RATING_MAX}`;
  return null;
}

function compact<T extends string>(errors: Partial<Record<T, string | null | undefined>>): Partial<Record<T, string>> {
  const out: Partial<Record<T, string>> = {};
  for (const [key, value] of Object.entries(errors) as [T, string | null | undefined][]) if (value) out[key] = value;
  return out;
}

export function validateNewGoal(values: GoalFormValues): Partial<Record<GoalField, string>> {
  return compact<GoalField>({
    domain: values.domain && GOAL_DOMAINS.includes(values.domain) ? null : 'Choose a domain',
    title: checkText(values.title, { required: true, max: GOAL_TITLE_MAX_LENGTH }),
    description: checkText(values.description, { required: false, max: TEXT_MAX_LENGTH }),
    baseline: checkScore(values.baseline),
    target: checkScore(values.target),
    startedOn: !values.startedOn ? 'Required' : isCalendarDate(values.startedOn) ? null : 'Enter a real date (YYYY-MM-DD)',
  });
}

/** The body of POST /api/clients/:id/goals; call after validateNewGoal passed. */
export function toNewGoal(values: GoalFormValues) {
  return {
    domain: values.domain as GoalDomain,
    title: values.title.trim(),
    description: values.description.trim() || null,
    baseline: Number(values.baseline),
    target: Number(values.target),
    startedOn: values.startedOn,
  };
}

export interface GoalEditValues {
  title: string;
  description: string;
  target: ScoreValue;
}

export const GOAL_EDIT_FIELDS: readonly (keyof GoalEditValues)[] = ['title', 'description', 'target'];

interface GoalWords {
  title: string;
  description: string | null;
  target: number;
}

export function goalEditValues(goal: GoalWords): GoalEditValues {
  return { title: goal.title, description: goal.description ?? '', target: goal.target };
}

export function validateGoalEdit(values: GoalEditValues): Partial<Record<keyof GoalEditValues, string>> {
  return compact<keyof GoalEditValues>({
    title: checkText(values.title, { required: true, max: GOAL_TITLE_MAX_LENGTH }),
    description: checkText(values.description, { required: false, max: TEXT_MAX_LENGTH }),
    target: checkScore(values.target),
  });
}

/** Only what changed is sent, so a concurrent change to another field is not overwritten. */
export function goalEditChanges(goal: GoalWords, values: GoalEditValues): { title?: string; description?: string | null; target?: number } {
  const changes: { title?: string; description?: string | null; target?: number } = {};
  const title = values.title.trim();
  const description = values.description.trim() || null;
  const target = Number(values.target);
  if (title !== goal.title) changes.title = title;
  if (description !== (goal.description?.trim() || null)) changes.description = description;
  if (target !== goal.target) changes.target = target;
  return changes;
}

export interface StatusChoice {
  status: GoalStatus;
  /** The menu item and the confirm button. */
  action: string;
  /** What happens, said before it happens. */
  explanation: string;
}

const STATUS_CHOICES: Record<GoalStatus, Omit<StatusChoice, 'status'>> = {
  active: { action: 'Reactivate', explanation: 'It will be rated again in new sessions.' },
  achieved: {
    action: 'Mark as achieved',
    explanation: 'It is no longer rated in new sessions, and today is recorded as the day it was achieved.',
  },
  paused: { action: 'Pause', explanation: 'It is not rated in new sessions while paused.' },
  discontinued: { action: 'Discontinue', explanation: 'It is no longer rated in new sessions.' },
};

/** The statuses a goal can move to from where it is, in a fixed order. */
export function statusChoices(current: GoalStatus): StatusChoice[] {
  return GOAL_STATUSES.filter((s) => s !== current).map((status) => ({ status, ...STATUS_CHOICES[status] }));
}

export const KEPT_PROMISE = 'Nothing is deleted: its ratings stay on the record, and it can be reactivated later.';

/** Baseline → latest → target, in words, for a card and for screen readers. */
export function goalProgressWords(goal: { baseline: number; target: number; latestRating: number | null }): string {
  const latest = goal.latestRating === null ? 'not rated yet' : `latest ${goal.latestRating}`;
  return `Baseline ${goal.baseline} → ${latest} → target ${goal.target}`;
}

const STATUS_ORDER: Record<GoalStatus, number> = { active: 0, paused: 1, achieved: 2, discontinued: 3 };

/** Active goals first (in the order they were set), then paused, achieved, discontinued. */
export function sortGoalsForDisplay<G extends { status: GoalStatus }>(goals: readonly G[]): G[] {
  return goals
    .map((goal, index) => ({ goal, index }))
    .sort((a, b) => STATUS_ORDER[a.goal.status] - STATUS_ORDER[b.goal.status] || a.index - b.index)
    .map(({ goal }) => goal);
}
