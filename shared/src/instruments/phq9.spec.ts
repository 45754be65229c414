import { scorerFor } from './scored.spec-helper';

const scored = scorerFor('phq9');

describe('PHQ-9', () => {
  it('sums the nine answers into a total', () => {
    // 2 + 1 + 3 + 0 + 2 + 1 + 1 + 0 + 0 = 10 → moderate (10–14)
    expect(scored([2, 1, 3, 0, 2, 1, 1, 0, 0])).toEqual({ scores: { total: 10 }, band: 'moderate', flags: [] });
  });

  it('reaches 0 and 27 at the ends of the scale', () => {
    expect(scored([0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({ scores: { total: 0 }, band: 'minimal', flags: [] });
    // 9 × 3 = 27, item 9 is 3 so the safety flag is raised
    expect(scored([3, 3, 3, 3, 3, 3, 3, 3, 3])).toEqual({ scores: { total: 27 }, band: 'severe', flags: ['safety_item'] });
  });

  // Both sides of every band edge; item 9 stays 0 so only the band is under test.
  it.each([
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, 'minimal'], // 1+1+1+1 = 4
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'mild'], // 1×5 = 5
    [[2, 1, 1, 1, 1, 1, 1, 1, 0], 9, 'mild'], // 2 + 1×7 = 9
    [[2, 2, 2, 2, 1, 1, 0, 0, 0], 10, 'moderate'], // 2×4 + 1×2 = 10
    [[2, 2, 2, 2, 2, 2, 2, 0, 0], 14, 'moderate'], // 2×7 = 14
    [[2, 2, 2, 2, 2, 2, 2, 1, 0], 15, 'moderately_severe'], // 2×7 + 1 = 15
    [[3, 3, 3, 2, 2, 2, 2, 2, 0], 19, 'moderately_severe'], // 3×3 + 2×5 = 19
    [[3, 3, 3, 3, 2, 2, 2, 2, 0], 20, 'severe'], // 3×4 + 2×4 = 20
  ])('%j totals %i and falls in %s', (responses, total, band) => {
    const result = scored(responses);
    expect(result.scores.total).toBe(total);
    expect(result.band).toBe(band);
  });

  it('raises the safety flag for any answer above 0 on item 9, even when the total is minimal', () => {
    // total 1 → minimal, but item 9 = 1 > 0
    expect(scored([0, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual({ scores: { total: 1 }, band: 'minimal', flags: ['safety_item'] });
    expect(scored([0, 0, 0, 0, 0, 0, 0, 0, 2]).flags).toEqual(['safety_item']);
  });

  it('raises no safety flag when item 9 is 0, however high the rest', () => {
    // 3×8 + 0 = 24 → severe, no flag
    expect(scored([3, 3, 3, 3, 3, 3, 3, 3, 0])).toEqual({ scores: { total: 24 }, band: 'severe', flags: [] });
  });

  it('leaves the flag off when another item carries the high answer', () => {
    // item 8 = 3, item 9 = 0: the flag watches item 9 only
    expect(scored([0, 0, 0, 0, 0, 0, 0, 3, 0]).flags).toEqual([]);
  });
});
