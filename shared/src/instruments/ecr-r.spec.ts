import { scorerFor } from './scored.spec-helper';

const scored = scorerFor('ecr_r');

/** 36 answers: items 1–18 all `anxiety`, 19–36 all `avoidance`, then per-item overrides by item number. */
function answers(anxiety: number, avoidance: number, overrides: Record<number, number> = {}): number[] {
  return Array.from({ length: 36 }, (_, i) => overrides[i + 1] ?? (i < 18 ? anxiety : avoidance));
}

const AVOIDANCE_REVERSED = [20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36];

describe('ECR-R', () => {
  it('averages items 1–18 for anxiety with 9 and 11 reversed (8 − x)', () => {
    // items 1–18 answered 5 except item 9 = 2 → 8 − 2 = 6 and item 11 = 1 → 8 − 1 = 7
    // sum = 16 × 5 + 6 + 7 = 93; mean = 93 / 18 = 5.1666… → 5.17
    const result = scored(answers(5, 4, { 9: 2, 11: 1 }));
    expect(result.scores.anxiety).toBe(5.17);
  });

  it('averages items 19–36 for avoidance with 20, 22, 26–31 and 33–36 reversed', () => {
    // straight items 19, 21, 23, 24, 25, 32 answered 3 → 6 × 3 = 18
    // reversed items (12 of them) answered 7 → 8 − 7 = 1 each → 12 × 1 = 12
    // sum = 30; mean = 30 / 18 = 1.666… → 1.67
    const reversedAtSeven = Object.fromEntries(AVOIDANCE_REVERSED.map((item) => [item, 7]));
    expect(scored(answers(4, 3, reversedAtSeven)).scores.avoidance).toBe(1.67);
  });

  it('gives a whole mean when the sum divides evenly', () => {
    // every item 4: reversed items key to 8 − 4 = 4 too, so both means are 72 / 18 = 4
    expect(scored(answers(4, 4))).toEqual({ scores: { anxiety: 4, avoidance: 4 }, flags: [] });
  });

  it('keeps the two scales apart: changing an avoidance item leaves anxiety alone', () => {
    // item 19 (straight, avoidance) 4 → 7 adds 3 to the avoidance sum: (72 + 3) / 18 = 4.1666… → 4.17
    expect(scored(answers(4, 4, { 19: 7 })).scores).toEqual({ anxiety: 4, avoidance: 4.17 });
  });

  it('reaches 1 and 7 at the ends of both scales', () => {
    // lowest: straight items 1, reversed items 7 (→ 1)
    const lowest = answers(1, 1, { 9: 7, 11: 7, ...Object.fromEntries(AVOIDANCE_REVERSED.map((item) => [item, 7])) });
    expect(scored(lowest).scores).toEqual({ anxiety: 1, avoidance: 1 });
    // highest: straight items 7, reversed items 1 (→ 7)
    const highest = answers(7, 7, { 9: 1, 11: 1, ...Object.fromEntries(AVOIDANCE_REVERSED.map((item) => [item, 1])) });
    expect(scored(highest).scores).toEqual({ anxiety: 7, avoidance: 7 });
  });

  it('has no band and no flags', () => {
    const result = scored(answers(6, 2));
    expect(result.band).toBeUndefined();
    expect(result.flags).toEqual([]);
  });
});
