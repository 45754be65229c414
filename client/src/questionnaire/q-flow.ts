// The client's questionnaire, as data: which screen comes after which, what has been answered,
// and the body that is sent. No DOM here, so every rule of the flow is unit-tested
// (q-flow.spec.ts); main.ts only draws the current step. The shapes are the generated API types
// (type-only imports: nothing of the clinician app is bundled).
import type { components } from '../lib/api-types';

/** One invited questionnaire, as the verify answer describes it (answer labels from `min` up). */
export type FlowInstrument = components['schemas']['LinkInstrumentDto'];

export type FlowGoal = components['schemas']['LinkGoalDto'];

/** A screen after the date of birth: one question, the goal ratings, or the final check before sending. */
export type Step = { kind: 'item'; instrument: number; item: number } | { kind: 'goals' } | { kind: 'review' };

export interface Flow {
  instruments: readonly FlowInstrument[];
  goals: readonly FlowGoal[];
  steps: readonly Step[];
  /** Index into `steps`. */
  at: number;
  /** Per instrument, per item: the answer or null. */
  responses: (number | null)[][];
  /** Per goal id: 0–10, or null when the client leaves it unrated (rating goals is optional). */
  goalRatings: Record<string, number | null>;
}

export const GOAL_MIN = 0;
export const GOAL_MAX = 10;

export function startFlow(instruments: readonly FlowInstrument[], goals: readonly FlowGoal[]): Flow {
  const steps: Step[] = instruments.flatMap((def, instrument) =>
    Array.from({ length: def.itemCount }, (_, item): Step => ({ kind: 'item', instrument, item })),
  );
  if (goals.length > 0) steps.push({ kind: 'goals' });
  steps.push({ kind: 'review' });
  return {
    instruments,
    goals,
    steps,
    at: 0,
    responses: instruments.map((def) => Array.from({ length: def.itemCount }, () => null)),
    goalRatings: Object.fromEntries(goals.map((g) => [g.id, null])),
  };
}

export function currentStep(flow: Flow): Step {
  return flow.steps[flow.at];
}

/** "3 of 9": the place among the screens that ask something (the final check is not counted). */
export function progress(flow: Flow): { position: number; total: number } {
  const total = flow.steps.filter((s) => s.kind !== 'review').length;
  return { position: Math.min(flow.at + 1, total), total };
}

/** The answer given on an item step, or null. */
export function answerAt(flow: Flow, step: Step): number | null {
  return step.kind === 'item' ? (flow.responses[step.instrument][step.item] ?? null) : null;
}

/** Records an answer (ignored when out of the instrument's range) and moves to the next screen. */
export function answer(flow: Flow, value: number): Flow {
  const step = currentStep(flow);
  if (step.kind !== 'item') return flow;
  const def = flow.instruments[step.instrument];
  if (!Number.isInteger(value) || value < def.min || value > def.max) return flow;
  const responses = flow.responses.map((list, i) => (i === step.instrument ? list.map((v, j) => (j === step.item ? value : v)) : list));
  return { ...flow, responses, at: Math.min(flow.at + 1, flow.steps.length - 1) };
}

/** The answer a digit key gives on the current question, or null when the digit is not one of its answers. */
export function digitAnswer(flow: Flow, key: string): number | null {
  const step = currentStep(flow);
  if (step.kind !== 'item' || !/^[0-9]$/.test(key)) return null;
  const def = flow.instruments[step.instrument];
  const value = Number(key);
  return value >= def.min && value <= def.max ? value : null;
}

export function rateGoal(flow: Flow, goalId: string, rating: number | null): Flow {
  if (!(goalId in flow.goalRatings)) return flow;
  if (rating !== null && (!Number.isInteger(rating) || rating < GOAL_MIN || rating > GOAL_MAX)) return flow;
  return { ...flow, goalRatings: { ...flow.goalRatings, [goalId]: rating } };
}

/** Whether "Next" may move on: a question needs its answer; the goal screen is optional. */
export function canGoOn(flow: Flow): boolean {
  const step = currentStep(flow);
  if (step.kind === 'item') return answerAt(flow, step) !== null;
  return step.kind === 'goals';
}

export function next(flow: Flow): Flow {
  return canGoOn(flow) ? { ...flow, at: Math.min(flow.at + 1, flow.steps.length - 1) } : flow;
}

/** One screen back; every answer is kept. */
export function back(flow: Flow): Flow {
  return { ...flow, at: Math.max(0, flow.at - 1) };
}

/** The first question still unanswered, as a step index, or null when all are. */
export function firstUnanswered(flow: Flow): number | null {
  const i = flow.steps.findIndex((s) => s.kind === 'item' && answerAt(flow, s) === null);
  return i === -1 ? null : i;
}

/** Jumps to a step (the final check's "Change" links); answers are kept. */
export function goTo(flow: Flow, at: number): Flow {
  return at >= 0 && at < flow.steps.length ? { ...flow, at } : flow;
}

export type SubmitBody = components['schemas']['SubmitLinkDto'];

/** What is sent: every questionnaire in full and the goals the client rated; null while a question is unanswered. */
export function submitBody(flow: Flow): SubmitBody | null {
  if (firstUnanswered(flow) !== null) return null;
  const measures = flow.instruments.map((def, i) => ({ instrument: def.code, responses: flow.responses[i].map((v) => v as number) }));
  const goalRatings = flow.goals.flatMap((g) => {
    const rating = flow.goalRatings[g.id];
    return rating === null || rating === undefined ? [] : [{ goalId: g.id, rating }];
  });
  return flow.goals.length > 0 ? { measures, goalRatings } : { measures };
}

/** The label of an answer value ("Several days"), or the number itself when the server sent no label for it. */
export function answerLabel(def: FlowInstrument, value: number): string {
  return def.answerLabels[value - def.min] ?? String(value);
}

/**
 * The date of birth typed as day, month and year, as `YYYY-MM-DD`, or a sentence saying what is wrong.
 * Only the shape is checked here; whether it is the right date only the server knows.
 */
export function dateOfBirth(day: string, month: string, year: string, today: Date = new Date()): { date: string } | { problem: string } {
  const [d, m, y] = [day, month, year].map((s) => s.trim());
  if (!d || !m || !y) return { problem: 'Enter your date of birth: day, month and year.' };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) {
    return { problem: 'Use numbers only: for example 27 3 1985.' };
  }
  const [dn, mn, yn] = [Number(d), Number(m), Number(y)];
  const date = new Date(Date.UTC(yn, mn - 1, dn));
  if (mn < 1 || mn > 12 || date.getUTCDate() !== dn || date.getUTCMonth() !== mn - 1) {
    return { problem: 'That date does not exist. Check the day and the month.' };
  }
  if (yn < 1900 || date.getTime() > today.getTime()) return { problem: 'Check the year of your date of birth.' };
  return { date: `${y}-${String(mn).padStart(2, '0')}-${String(dn).padStart(2, '0')}` };
}
