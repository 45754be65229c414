import { INSTRUMENTS, InstrumentCode } from '@securebase/shared';

/**
 * Answers that make an instrument score close to the wanted value on each scale: every item of
 * a scale gets (nearly) the same scored value, then reversed items are keyed back to raw answers.
 * Used by the demo only; the server re-scores them like any other submission.
 */
export function answersFor(code: InstrumentCode, wanted: Record<string, number>, overrides: Record<number, number> = {}): number[] {
  const def = INSTRUMENTS[code];
  const answers = new Array<number>(def.itemCount).fill(def.min);
  for (const scale of def.scales) {
    const target = wanted[scale.code];
    if (target === undefined) continue;
    const perItem = scale.combine === 'sum' ? target / scale.items.length : target;
    scale.items.forEach((item, i) => {
      // Spread the remainder so a sum lands on the wanted total rather than a multiple of the item count.
      const scored = Math.max(def.min, Math.min(def.max, Math.floor(perItem + (i + 0.5) / scale.items.length)));
      answers[item - 1] = def.reversedItems.includes(item) ? def.min + def.max - scored : scored;
    });
  }
  for (const [item, value] of Object.entries(overrides)) answers[Number(item) - 1] = value;
  return answers;
}

export interface MeasurePlan {
  phq9: [number, number];
  gad7: [number, number];
  rses?: [number, number];
  /** ECR-R anxiety and avoidance at intake and at the end. */
  ecr?: { anxiety: [number, number]; avoidance: [number, number] };
  /** The latest PHQ-9 has item 9 above 0. */
  safetyItem?: boolean;
}
