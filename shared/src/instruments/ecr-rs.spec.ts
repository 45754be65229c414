import { scorerFor } from './scored.spec-helper';

const scored = scorerFor('ecr_rs');

describe('ECR-RS', () => {
  it('averages items 1–6 for avoidance with 1–4 reversed (8 − x), and items 7–9 for anxiety', () => {
    // items 1–4 answered 6 → 8 − 6 = 2 each → 8; item 5 = 3, item 6 = 4 → 7
    // avoidance = (8 + 7) / 6 = 2.5
    // anxiety = (6 + 5 + 6) / 3 = 17 / 3 = 5.666… → 5.67
    expect(scored([6, 6, 6, 6, 3, 4, 6, 5, 6])).toEqual({ scores: { avoidance: 2.5, anxiety: 5.67 }, flags: [] });
  });

  it('reverses items 1–4 only: the same raw answer counts differently on items 4 and 5', () => {
    // all 4 except item 4 = 1 (→ 8 − 1 = 7): avoidance = (4 + 4 + 4 + 7 + 4 + 4) / 6 = 27 / 6 = 4.5
    expect(scored([4, 4, 4, 1, 4, 4, 4, 4, 4]).scores.avoidance).toBe(4.5);
    // all 4 except item 5 = 1 (not reversed): avoidance = (4 × 5 + 1) / 6 = 21 / 6 = 3.5
    expect(scored([4, 4, 4, 4, 1, 4, 4, 4, 4]).scores.avoidance).toBe(3.5);
  });

  it('does not reverse the anxiety items', () => {
    // anxiety = (1 + 2 + 2) / 3 = 5 / 3 = 1.666… → 1.67
    expect(scored([4, 4, 4, 4, 4, 4, 1, 2, 2]).scores.anxiety).toBe(1.67);
  });

  it('reaches 1 and 7 at the ends of both scales', () => {
    // lowest: reversed items answered 7 (→ 1), the rest 1
    expect(scored([7, 7, 7, 7, 1, 1, 1, 1, 1]).scores).toEqual({ avoidance: 1, anxiety: 1 });
    // highest: reversed items answered 1 (→ 7), the rest 7
    expect(scored([1, 1, 1, 1, 7, 7, 7, 7, 7]).scores).toEqual({ avoidance: 7, anxiety: 7 });
  });

  it('has no band and no flags', () => {
    const result = scored([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(result.band).toBeUndefined();
    expect(result.flags).toEqual([]);
  });
});
