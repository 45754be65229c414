import { INSTRUMENTS, isInstrumentCode } from './catalogue';
import { INSTRUMENT_CODES, type FieldProblem, type InstrumentDefinition, type MeasureScore, type ScaleDefinition, type ScoreOutcome } from './types';

// One scoring path for both sides: the server turns `errors` into a 400 `details` array, the browser runs the same
// code on every keystroke through `previewMeasure`, so the preview can never disagree with what gets stored.

/**
 * Every problem with a set of answers, each naming its field as the API does (`responses[3]` is item 4).
 * All problems are reported at once so a form can mark every wrong box in one pass.
 */
export function validateResponses(instrument: InstrumentDefinition, responses: unknown): FieldProblem[] {
  if (!Array.isArray(responses)) {
    return [{ field: 'responses', problem: `must be a list of ${instrument.itemCount} answers` }];
  }
  const problems: FieldProblem[] = [];
  if (responses.length !== instrument.itemCount) {
    problems.push({ field: 'responses', problem: `must have ${instrument.itemCount} answers` });
  }
  const checked = Math.min(responses.length, instrument.itemCount);
  for (let index = 0; index < checked; index++) {
    if (!isAnswer(instrument, responses[index])) problems.push(answerProblem(instrument, index));
  }
  return problems;
}

/** Score a complete set of answers, or say exactly what is wrong with it. */
export function scoreMeasure(code: unknown, responses: unknown): ScoreOutcome {
  if (!isInstrumentCode(code)) {
    return { ok: false, errors: [{ field: 'instrument', problem: `must be one of ${INSTRUMENT_CODES.join(', ')}` }] };
  }
  const instrument = INSTRUMENTS[code];
  const errors = validateResponses(instrument, responses);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, result: scoreValidResponses(instrument, responses as number[]) };
}

export interface MeasurePreview {
  /** 1-based item numbers not yet answered. */
  unanswered: number[];
  /** Problems with what has been typed so far; blanks are not problems until the form is submitted. */
  errors: FieldProblem[];
  /** Flags already raised by the answers given: a safety item shows the moment it is answered, not at the end. */
  flags: string[];
  /** Scores and band, present only once every item has a valid answer. */
  result?: MeasureScore;
}

/** Live preview for a form in progress: `null` or `undefined` marks a box left blank. */
export function previewMeasure(code: unknown, draft: ReadonlyArray<number | null | undefined>): MeasurePreview {
  if (!isInstrumentCode(code)) {
    return {
      unanswered: [],
      errors: [{ field: 'instrument', problem: `must be one of ${INSTRUMENT_CODES.join(', ')}` }],
      flags: [],
    };
  }
  const instrument = INSTRUMENTS[code];
  const unanswered: number[] = [];
  const errors: FieldProblem[] = [];
  if (draft.length > instrument.itemCount) {
    errors.push({ field: 'responses', problem: `must have ${instrument.itemCount} answers` });
  }
  for (let index = 0; index < instrument.itemCount; index++) {
    const answer = draft[index];
    if (answer === null || answer === undefined) unanswered.push(index + 1);
    else if (!isAnswer(instrument, answer)) errors.push(answerProblem(instrument, index));
  }
  const flags = raisedFlags(instrument, (item) => {
    const answer = draft[item - 1];
    return isAnswer(instrument, answer) ? answer : undefined;
  });
  if (unanswered.length > 0 || errors.length > 0) return { unanswered, errors, flags };
  return { unanswered, errors, flags, result: scoreValidResponses(instrument, draft as number[]) };
}

/** Scores for answers already known to be valid (one integer in range per item, in item order). */
export function scoreValidResponses(instrument: InstrumentDefinition, responses: readonly number[]): MeasureScore {
  const keyed = responses.map((answer, index) => (instrument.reversedItems.includes(index + 1) ? instrument.min + instrument.max - answer : answer));
  const scores: Record<string, number> = {};
  for (const scale of instrument.scales) scores[scale.code] = combine(scale, keyed);

  const result: MeasureScore = { scores, flags: raisedFlags(instrument, (item) => responses[item - 1]) };
  const band = instrument.bandScale === undefined ? undefined : bandFor(instrument, scores[instrument.bandScale]);
  if (band !== undefined) result.band = band;
  return result;
}

/**
 * Rounding: a sum is already a whole number. A mean is rounded to 2 decimals, computed from the integer sum
 * (round(sum × 100 / n) / 100) so float error in a running average never moves the second decimal. Means of 3, 6
 * or 18 whole numbers never fall exactly on a half-hundredth, so how ties round never matters.
 */
function combine(scale: ScaleDefinition, keyed: readonly number[]): number {
  const sum = scale.items.reduce((total, item) => total + keyed[item - 1], 0);
  if (scale.combine === 'sum') return sum;
  return Math.round((sum * 100) / scale.items.length) / 100;
}

function bandFor(instrument: InstrumentDefinition, score: number): string | undefined {
  return instrument.bands.find((band) => score >= band.min && score <= band.max)?.code;
}

// Flags read the raw answer, not the reverse-keyed one: "item 9 above 0" is about what the client ticked.
function raisedFlags(instrument: InstrumentDefinition, answerTo: (item: number) => number | undefined): string[] {
  return instrument.flags
    .filter((rule) => {
      const answer = answerTo(rule.item);
      return answer !== undefined && answer > rule.above;
    })
    .map((rule) => rule.code);
}

function isAnswer(instrument: InstrumentDefinition, value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= instrument.min && (value as number) <= instrument.max;
}

function answerProblem(instrument: InstrumentDefinition, index: number): FieldProblem {
  return { field: `responses[${index}]`, problem: `must be an integer between ${instrument.min} and ${instrument.max}` };
}
