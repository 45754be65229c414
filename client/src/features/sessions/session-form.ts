// The session form: its values, the server's rules checked in the browser
// (server/src/sessions/dto/session-input.dto.ts and session-rules.ts), the request body, and
// the way a 400's `details` (`goalRatings[0].rating`) find their way back to the fields.
import {
  APPROACHES,
  ATTENDANCES,
  DURATION_MAX,
  DURATION_MIN,
  MODALITIES,
  PATTERN_INTENSITY_MAX,
  PRESENTING_PATTERNS,
  RATING_MAX,
  RATING_MIN,
  SETTINGS,
  TEXT_MAX_LENGTH,
  type Approach,
  type Attendance,
  type GoalStatus,
  type Modality,
  type PresentingPattern,
  type Setting,
} from '@securebase/shared';
import type { ErrorDetail } from '../../lib/api-error';
import { sentence } from '../../lib/form-errors';
import { isoToLocalInput, localInputToIso, parseLocalInput, roundToQuarter, toLocalInput } from '../../lib/local-time';
import type { SessionBody, TherapySession } from './api/session-types';

// Not (yet) in @securebase/shared; these mirror the server's DTOs.
export const RATING_COMMENT_MAX_LENGTH = 2000;
export const TECHNIQUE_MAX_LENGTH = 100;
export const TECHNIQUES_MAX = 20;
export const NOTE_GOALS_MAX = 20;
export const INTERVENTIONS_MAX = 30;
export const DEFAULT_DURATION = 50;
/** A session may be logged ahead of time, but not more than a day (docs/product.md, "Sessions"). */
export const FUTURE_LIMIT_MS = 24 * 60 * 60 * 1000;

export interface RatingValues {
  /** 0–10, or null for "not rated this session". */
  rating: number | null;
  comment: string;
}

export interface InterventionValues {
  /** Stable identity for React and focus; never sent. */
  key: string;
  approach: Approach | null;
  techniques: string[];
  note: string;
  goalIds: string[];
}

export interface SessionFormValues {
  /** `YYYY-MM-DDTHH:mm`, local wall-clock time. */
  startedAt: string;
  /** A NumberInput's value: a number, or '' while empty. */
  durationMinutes: number | string;
  modality: Modality;
  setting: Setting;
  attendance: Attendance;
  /** By goal id; only active goals are shown and sent. */
  ratings: Record<string, RatingValues>;
  /** Observed patterns and their intensity 0–3; a pattern not listed was not observed. */
  patterns: Partial<Record<PresentingPattern, number>>;
  interventions: InterventionValues[];
  summary: string;
  plan: string;
}

export interface SessionGoal {
  id: string;
  status: GoalStatus;
}

export type SessionFormErrors = Record<string, string>;

export const SESSION_FIELD_LABELS: Record<string, string> = {
  startedAt: 'Date and time',
  durationMinutes: 'Duration',
  modality: 'Modality',
  setting: 'Setting',
  attendance: 'Attendance',
  goalRatings: 'Goal ratings',
  patterns: 'Patterns observed',
  interventions: 'Interventions',
  summary: 'Summary',
  plan: 'Plan',
  version: 'Version',
};

export function isAttended(values: Pick<SessionFormValues, 'attendance'>): boolean {
  return values.attendance === 'attended';
}

export function newSessionForm(now: Date, timeZone?: string): SessionFormValues {
  return {
    startedAt: toLocalInput(roundToQuarter(now), timeZone),
    durationMinutes: DEFAULT_DURATION,
    modality: 'individual',
    setting: 'in_person',
    attendance: 'attended',
    ratings: {},
    patterns: {},
    interventions: [],
    summary: '',
    plan: '',
  };
}

let nextKey = 0;
export function newInterventionKey(): string {
  nextKey += 1;
  return `n${Date.now().toString(36)}${nextKey}`;
}

export function newIntervention(key = newInterventionKey()): InterventionValues {
  return { key, approach: null, techniques: [], note: '', goalIds: [] };
}

/** What the form reads of a saved session (to edit a draft). */
export type SessionShape = Pick<
  TherapySession,
  'startedAt' | 'durationMinutes' | 'modality' | 'setting' | 'attendance' | 'summary' | 'plan' | 'goalRatings' | 'patterns' | 'interventions'
>;

export function sessionFormFromSession(session: SessionShape, timeZone?: string): SessionFormValues {
  const ratings: Record<string, RatingValues> = {};
  for (const r of session.goalRatings) ratings[r.goalId] = { rating: r.rating, comment: r.comment ?? '' };
  const patterns: Partial<Record<PresentingPattern, number>> = {};
  for (const p of session.patterns) patterns[p.pattern] = p.intensity;
  return {
    startedAt: isoToLocalInput(session.startedAt, timeZone),
    durationMinutes: session.durationMinutes,
    modality: session.modality,
    setting: session.setting,
    attendance: session.attendance,
    ratings,
    patterns,
    interventions: session.interventions.map((n) => ({
      key: n.id,
      approach: n.approach,
      techniques: [...n.techniques],
      note: n.note ?? '',
      goalIds: [...n.goalIds],
    })),
    summary: session.summary ?? '',
    plan: session.plan ?? '',
  };
}

function tooLong(value: string, max: number): string | null {
  return value.length > max ? `Must be at most ${max.toLocaleString('en')} characters` : null;
}

function checkDuration(value: number | string): string | null {
  if (value === '' || value === null || value === undefined) return 'Required';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < DURATION_MIN || n > DURATION_MAX) {
    return `Must be a whole number of minutes from ${DURATION_MIN} to ${DURATION_MAX}`;
  }
  return null;
}

function checkStartedAt(value: string, now: Date, timeZone?: string): string | null {
  if (!value) return 'Required';
  const at = parseLocalInput(value, timeZone);
  if (!at) return 'Enter a date and time that exists on the clock (clocks may have changed that night)';
  if (at.getTime() > now.getTime() + FUTURE_LIMIT_MS) return 'Must not be more than a day in the future';
  if (at.getTime() < Date.UTC(1900, 0, 1)) return 'Must be after 1900';
  return null;
}

export function ratingPath(goalId: string, part: 'rating' | 'comment' = 'rating'): string {
  return `ratings.${goalId}.${part}`;
}

export function interventionPath(index: number, part: 'approach' | 'techniques' | 'note' | 'goalIds'): string {
  return `interventions.${index}.${part}`;
}

export function patternPath(pattern: PresentingPattern): string {
  return `patterns.${pattern}`;
}

/** The server's rules, checked before sending; keys are form paths. */
export function validateSessionForm(
  values: SessionFormValues,
  { now, goals, timeZone }: { now: Date; goals: readonly SessionGoal[]; timeZone?: string },
): SessionFormErrors {
  const errors: SessionFormErrors = {};
  const put = (path: string, problem: string | null) => {
    if (problem) errors[path] = problem;
  };
  put('startedAt', checkStartedAt(values.startedAt, now, timeZone));
  put('durationMinutes', checkDuration(values.durationMinutes));
  put('modality', MODALITIES.includes(values.modality) ? null : 'Choose a modality');
  put('setting', SETTINGS.includes(values.setting) ? null : 'Choose a setting');
  put('attendance', ATTENDANCES.includes(values.attendance) ? null : 'Choose attendance');
  put('summary', tooLong(values.summary, TEXT_MAX_LENGTH));
  put('plan', tooLong(values.plan, TEXT_MAX_LENGTH));

  for (const [pattern, intensity] of Object.entries(values.patterns)) {
    if (!PRESENTING_PATTERNS.includes(pattern as PresentingPattern)) continue;
    if (!Number.isInteger(intensity) || (intensity as number) < 0 || (intensity as number) > PATTERN_INTENSITY_MAX) {
      put(patternPath(pattern as PresentingPattern), `Intensity must be 0 to ${PATTERN_INTENSITY_MAX}`);
    }
  }

  // A missed session sends no ratings or notes, so what is typed there is not checked.
  if (!isAttended(values)) return errors;

  const known = new Set(goals.map((g) => g.id));
  for (const goal of goals) {
    if (goal.status !== 'active') continue;
    const entry = values.ratings[goal.id];
    if (!entry) continue;
    const { rating, comment } = entry;
    if (rating !== null && (!Number.isInteger(rating) || rating < RATING_MIN || rating > RATING_MAX)) {
      put(ratingPath(goal.id), `Must be a whole number from ${RATING_MIN} to ${RATING_MAX}`);
    }
    if (rating === null && comment.trim()) put(ratingPath(goal.id), 'Give a rating to keep this comment, or clear the comment');
    put(ratingPath(goal.id, 'comment'), tooLong(comment.trim(), RATING_COMMENT_MAX_LENGTH));
  }

  if (values.interventions.length > INTERVENTIONS_MAX) put('interventions', `At most ${INTERVENTIONS_MAX} interventions per session`);
  values.interventions.forEach((n, i) => {
    if (!n.approach || !APPROACHES.includes(n.approach)) put(interventionPath(i, 'approach'), 'Choose an approach');
    const techniques = cleanTechniques(n.techniques);
    if (techniques.length > TECHNIQUES_MAX) put(interventionPath(i, 'techniques'), `At most ${TECHNIQUES_MAX} techniques`);
    else if (techniques.some((t) => t.length > TECHNIQUE_MAX_LENGTH)) {
      put(interventionPath(i, 'techniques'), `Each technique must be at most ${TECHNIQUE_MAX_LENGTH} characters`);
    }
    put(interventionPath(i, 'note'), tooLong(n.note, TEXT_MAX_LENGTH));
    const goalIds = [...new Set(n.goalIds)];
    if (goalIds.length > NOTE_GOALS_MAX) put(interventionPath(i, 'goalIds'), `At most ${NOTE_GOALS_MAX} goals`);
    else if (goalIds.some((id) => !known.has(id))) put(interventionPath(i, 'goalIds'), "Choose from this client's goals");
  });
  return errors;
}

function cleanTechniques(techniques: readonly string[]): string[] {
  return [...new Set(techniques.map((t) => t.trim()).filter(Boolean))];
}

function optionalText(value: string): string | null {
  return value.trim() ? value.trim() : null;
}

/**
 * The request body. Ratings go only for active goals (at most one each, in the goals' order);
 * a cancelled or no-show session sends no ratings and no interventions, whatever was typed.
 * Call after validateSessionForm found nothing.
 */
export function toSessionBody(values: SessionFormValues, goals: readonly SessionGoal[], timeZone?: string): SessionBody {
  const startedAt = localInputToIso(values.startedAt, timeZone);
  if (!startedAt) throw new Error('toSessionBody needs a valid start; validate first');
  const attended = isAttended(values);
  const known = new Set(goals.map((g) => g.id));
  const goalRatings = attended
    ? goals.flatMap((goal) => {
        const entry = values.ratings[goal.id];
        if (goal.status !== 'active' || !entry || entry.rating === null) return [];
        return [{ goalId: goal.id, rating: entry.rating, comment: optionalText(entry.comment) }];
      })
    : [];
  const patterns = PRESENTING_PATTERNS.flatMap((pattern) => {
    const intensity = values.patterns[pattern];
    return intensity === undefined ? [] : [{ pattern, intensity }];
  });
  const interventions = attended
    ? values.interventions.map((n) => ({
        approach: n.approach as Approach,
        techniques: cleanTechniques(n.techniques),
        note: optionalText(n.note),
        goalIds: [...new Set(n.goalIds)].filter((id) => known.has(id)),
      }))
    : [];
  return {
    startedAt,
    durationMinutes: Number(values.durationMinutes),
    modality: values.modality,
    setting: values.setting,
    attendance: values.attendance,
    summary: optionalText(values.summary),
    plan: optionalText(values.plan),
    goalRatings,
    patterns,
    interventions,
  };
}

/** Whether two bodies would save the same session (so "Sign" need not save first). */
export function sameSessionBody(a: SessionBody, b: SessionBody): boolean {
  const normal = (body: SessionBody) => JSON.stringify({ ...body, startedAt: Date.parse(body.startedAt) });
  return normal(a) === normal(b);
}

const TOP_LEVEL = ['startedAt', 'durationMinutes', 'modality', 'setting', 'attendance', 'summary', 'plan'];

/** `goalRatings[2].rating` in the body that was sent → `ratings.<goalId>.rating` on the form. */
export function formPathForDetail(field: string, body: SessionBody): string | null {
  if (TOP_LEVEL.includes(field)) return field;
  let m = /^goalRatings\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (m) {
    const goalId = body.goalRatings[Number(m[1])]?.goalId;
    return goalId ? ratingPath(goalId, m[2] === 'comment' ? 'comment' : 'rating') : null;
  }
  m = /^patterns\[(\d+)\]/.exec(field);
  if (m) {
    const pattern = body.patterns[Number(m[1])]?.pattern;
    return pattern ? patternPath(pattern) : null;
  }
  m = /^interventions\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (m) {
    const part = m[2];
    if (part === 'approach' || part === 'techniques' || part === 'note' || part === 'goalIds') return interventionPath(Number(m[1]), part);
    return null;
  }
  if (field === 'interventions') return 'interventions';
  return null;
}

/** A 400's details beside the fields they name; the rest as sentences for a summary. */
export function sessionErrorsFromDetails(details: readonly ErrorDetail[], body: SessionBody): { byField: SessionFormErrors; other: string[] } {
  const byField: SessionFormErrors = {};
  const other: string[] = [];
  for (const { field, problem } of details) {
    const path = formPathForDetail(field, body);
    if (path) {
      byField[path] = byField[path] ? `${byField[path]}; ${problem.trim()}` : sentence(problem);
    } else {
      const name = field.split(/[.[]/, 1)[0];
      other.push(`${SESSION_FIELD_LABELS[name] ?? name}: ${problem.trim()}`);
    }
  }
  return { byField, other };
}
