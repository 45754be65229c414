import { scorerFor } from './scored.spec-helper';

const scored = scorerFor('gad7');

describe('GAD-7', () => {
  it('sums the seven answers into a total', () => {
    // 3 + 2 + 2 + 1 + 0 + 3 + 1 = 12 → moderate (10–14)
    expect(scored([3, 2, 2, 1, 0, 3, 1])).toEqual({ scores: { total: 12 }, band: 'moderate', flags: [] });
  });

  it('reaches 0 and 21 at the ends of the scale', () => {
    expect(scored([0, 0, 0, 0, 0, 0, 0])).toEqual({ scores: { total: 0 }, band: 'minimal', flags: [] });
    // 7 × 3 = 21
    expect(scored([3, 3, 3, 3, 3, 3, 3])).toEqual({ scores: { total: 21 }, band: 'severe', flags: [] });
  });

  it.each([
    [[1, 1, 1, 1, 0, 0, 0], 4, 'minimal'], // 1×4 = 4
    [[1, 1, 1, 1, 1, 0, 0], 5, 'mild'], // 1×5 = 5
    [[2, 2, 1, 1, 1, 1, 1], 9, 'mild'], // 2×2 + 1×5 = 9
    [[2, 2, 2, 1, 1, 1, 1], 10, 'moderate'], // 2×3 + 1×4 = 10
    [[2, 2, 2, 2, 2, 2, 2], 14, 'moderate'], // 2×7 = 14
    [[3, 2, 2, 2, 2, 2, 2], 15, 'severe'], // 3 + 2×6 = 15
  ])('%j totals %i and falls in %s', (responses, total, band) => {
    const result = scored(responses);
    expect(result.scores.total).toBe(total);
    expect(result.band).toBe(band);
  });

  it('raises no flags of its own', () => {
    expect(scored([3, 3, 3, 3, 3, 3, 3]).flags).toEqual([]);
  });
});
