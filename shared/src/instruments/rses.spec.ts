import { scorerFor } from './scored.spec-helper';

const scored = scorerFor('rses');

describe('Rosenberg Self-Esteem Scale', () => {
  it('reverses items 2, 5, 6, 8 and 9 (3 − x) before summing', () => {
    // answers      2  1  2  2  1  2  2  1  0  2
    // keyed        2 (3−1=2) 2 2 (3−1=2) (3−2=1) 2 (3−1=2) (3−0=3) 2
    // total        2+2+2+2+2+1+2+2+3+2 = 20 → normal (15–30)
    expect(scored([2, 1, 2, 2, 1, 2, 2, 1, 0, 2])).toEqual({ scores: { total: 20 }, band: 'normal', flags: [] });
  });

  it('scores a reversed item by its keyed value, not the raw answer', () => {
    // only item 2 differs: raw 0 keys to 3 − 0 = 3, raw 3 keys to 3 − 3 = 0, so the totals differ by 3
    const base = [0, 3, 0, 0, 3, 3, 0, 3, 3, 0]; // every item keyed 0 → total 0
    expect(scored(base).scores.total).toBe(0);
    expect(scored([0, 0, ...base.slice(2)]).scores.total).toBe(3);
    // same answer on non-reversed item 1 counts as given: 3
    expect(scored([3, 3, ...base.slice(2)]).scores.total).toBe(3);
  });

  it('reaches 0 and 30 at the ends of the scale', () => {
    // positive items answered 0, reversed items answered 3 → every keyed value 0
    expect(scored([0, 3, 0, 0, 3, 3, 0, 3, 3, 0])).toEqual({ scores: { total: 0 }, band: 'low', flags: [] });
    // positive items answered 3, reversed items answered 0 → every keyed value 3, 10 × 3 = 30
    expect(scored([3, 0, 3, 3, 0, 0, 3, 0, 0, 3])).toEqual({ scores: { total: 30 }, band: 'normal', flags: [] });
  });

  it('puts 14 in low and 15 in the usual range', () => {
    // all 3 except item 10 = 2: positive items 1,3,4,7 → 3 each = 12, item 10 → 2, reversed items → 3−3 = 0
    // total 12 + 2 = 14 → low
    expect(scored([3, 3, 3, 3, 3, 3, 3, 3, 3, 2])).toEqual({ scores: { total: 14 }, band: 'low', flags: [] });
    // all 3: positive items 5 × 3 = 15, reversed items 5 × 0 = 0 → 15 → normal
    expect(scored([3, 3, 3, 3, 3, 3, 3, 3, 3, 3])).toEqual({ scores: { total: 15 }, band: 'normal', flags: [] });
  });
});
