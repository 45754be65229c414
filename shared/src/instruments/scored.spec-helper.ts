import { scoreMeasure } from './score';
import type { InstrumentCode, MeasureScore } from './types';

/**
 * For the instrument specs: scores valid answers, and fails the test with the validation problems when they are
 * not, so an assertion reads the score itself rather than unwrapping the outcome first.
 */
export function scorerFor(code: InstrumentCode): (responses: number[]) => MeasureScore {
  return (responses) => {
    const outcome = scoreMeasure(code, responses);
    if (!outcome.ok) throw new Error(`expected a score, got ${JSON.stringify(outcome.errors)}`);
    return outcome.result;
  };
}
