// The "Record questionnaire" form as plain data: what is typed, what is sent, and how the
// server's 400 details come back to the boxes they name (`responses[3]` is item 4).
import { INSTRUMENTS, isCalendarDate, type InstrumentCode } from '@securebase/shared';
import type { components } from '../../lib/api-types';
import type { ErrorDetail } from '../../lib/api-error';
import { sentence } from '../../lib/form-errors';

export type MeasureBody = components['schemas']['CreateMeasureDto'];

export type Answers = (number | null)[];

export interface MeasureFormValues {
  instrument: InstrumentCode | null;
  /** YYYY-MM-DD */
  administeredOn: string;
  sessionId: string | null;
  /**
   * Answers per instrument, so picking another instrument by mistake and back loses nothing.
   * Only the chosen instrument's answers are sent.
   */
  answers: Partial<Record<InstrumentCode, Answers>>;
}

export const MEASURE_FIELD_LABELS: Record<string, string> = {
  instrument: 'Questionnaire',
  administeredOn: 'Administered on',
  sessionId: 'Session',
  responses: 'Answers',
};

export function newMeasureForm(today: string, instrument: InstrumentCode | null = null): MeasureFormValues {
  return { instrument, administeredOn: today, sessionId: null, answers: {} };
}

/** The answers of one instrument, one per item (null where blank), whatever was stored. */
export function answersFor(values: MeasureFormValues, code: InstrumentCode): Answers {
  const { itemCount } = INSTRUMENTS[code];
  const stored = values.answers[code] ?? [];
  return Array.from({ length: itemCount }, (_, i) => stored[i] ?? null);
}

export function withAnswers(values: MeasureFormValues, code: InstrumentCode, answers: Answers): MeasureFormValues {
  return { ...values, answers: { ...values.answers, [code]: answers } };
}

/** Sets one item (0-based index) of the chosen instrument. */
export function withAnswer(values: MeasureFormValues, index: number, answer: number | null): MeasureFormValues {
  if (!values.instrument) return values;
  const answers = answersFor(values, values.instrument);
  if (index < 0 || index >= answers.length) return values;
  answers[index] = answer;
  return withAnswers(values, values.instrument, answers);
}

/** Fills items from `index` on with a pasted run of answers (cut off at the last item). */
export function withPastedAnswers(values: MeasureFormValues, index: number, pasted: readonly number[]): MeasureFormValues {
  if (!values.instrument) return values;
  const answers = answersFor(values, values.instrument);
  pasted.slice(0, answers.length - index).forEach((answer, i) => {
    answers[index + i] = answer;
  });
  return withAnswers(values, values.instrument, answers);
}

/** The form field that holds a problem of the API: `responses[3]` → item box 3, the rest as named. */
export function responsePath(index: number): string {
  return `responses[${index}]`;
}

/** Problems the browser can see before sending, keyed as the server names its fields. */
export function validateMeasureForm(values: MeasureFormValues, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.instrument) errors.instrument = 'Choose the questionnaire';
  if (!isCalendarDate(values.administeredOn)) errors.administeredOn = 'Enter the date it was filled in';
  else if (values.administeredOn > today) errors.administeredOn = 'Must not be in the future';
  if (values.instrument) {
    const blank = answersFor(values, values.instrument).flatMap((a, i) => (a === null ? [i] : []));
    for (const i of blank) errors[responsePath(i)] = 'Not answered';
    if (blank.length > 0) errors.responses = unansweredSentence(blank.map((i) => i + 1));
  }
  return errors;
}

/** "Item 4 is not answered." / "Items 3, 7 and 9 are not answered." */
export function unansweredSentence(items: readonly number[]): string {
  if (items.length === 0) return '';
  if (items.length === 1) return `Item ${items[0]} is not answered.`;
  const shown = items.length > 8 ? [...items.slice(0, 8).map(String), `${items.length - 8} more`] : items.map(String);
  const last = shown.pop();
  return `Items ${shown.join(', ')} and ${last} are not answered.`;
}

/** The body of POST /api/clients/:id/measures; call only when validateMeasureForm found nothing. */
export function toMeasureBody(values: MeasureFormValues): MeasureBody {
  if (!values.instrument) throw new Error('No questionnaire chosen');
  const responses = answersFor(values, values.instrument);
  if (responses.some((a) => a === null)) throw new Error('Unanswered items');
  return {
    instrument: values.instrument,
    administeredOn: values.administeredOn,
    responses: responses as number[],
    ...(values.sessionId ? { sessionId: values.sessionId } : {}),
  };
}

const FORM_FIELDS = ['instrument', 'administeredOn', 'sessionId', 'responses'];

/**
 * A 400's details, keyed by the box they belong to (`responses[3]` → item 4's box, `responses`
 * → the whole list), and the rest as sentences for a summary.
 */
export function measureErrorsFromDetails(details: readonly ErrorDetail[]): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const { field, problem } of details) {
    const item = /^responses\[(\d+)\]$/.exec(field);
    const key = item ? responsePath(Number(item[1])) : FORM_FIELDS.includes(field) ? field : null;
    if (key) byField[key] = byField[key] ? `${byField[key]}; ${problem.trim()}` : sentence(problem);
    else other.push(`${MEASURE_FIELD_LABELS[field] ?? field}: ${problem.trim()}`);
  }
  return { byField, other };
}

/** Item problems in item order, as 0-based indexes. */
export function itemErrorIndexes(errors: Record<string, string>): number[] {
  return Object.keys(errors)
    .map((key) => /^responses\[(\d+)\]$/.exec(key))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

/**
 * Whether anything was typed beyond the start (only then is a draft worth keeping). Picking a
 * questionnaire alone is not: it takes one key press to pick again.
 */
export function hasTyped(values: MeasureFormValues, start: MeasureFormValues): boolean {
  const anyAnswer = Object.values(values.answers).some((list) => list?.some((a) => a !== null));
  return anyAnswer || values.administeredOn !== start.administeredOn || values.sessionId !== start.sessionId;
}
