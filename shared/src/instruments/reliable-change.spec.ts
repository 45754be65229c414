import { reliableChangeOnScale } from './catalogue';
import { RELIABLE_CHANGE_LABELS, reliableChange, smallestReliableChange, standardErrorOfDifference } from './reliable-change';

describe('reliableChange (Jacobson & Truax 1991)', () => {
  it('computes S_diff from SD and r', () => {
    // PHQ-9 figures: SEM = 3.5 × √(1 − 0.82) = 3.5 × √0.18; S_diff = √2 × SEM = 3.5 × √0.36 = 3.5 × 0.6 = 2.1
    expect(standardErrorOfDifference({ sd: 3.5, r: 0.82 })).toBeCloseTo(2.1, 10);
    // SD 5, r 0.5: SEM = 5 × √0.5 = 3.53553; S_diff = √2 × 3.53553 = 5
    expect(standardErrorOfDifference({ sd: 5, r: 0.5 })).toBeCloseTo(5, 10);
  });

  it('computes the RCI by hand for a PHQ-9 drop from 18 to 9', () => {
    // RCI = (9 − 18) / 2.1 = −4.2857 → −4.29; |−4.29| > 1.96 and lower is better → improved
    expect(reliableChange(18, 9, { sd: 3.5, r: 0.82 }, 'lower')).toEqual({
      from: 18,
      to: 9,
      rci: -4.29,
      verdict: 'improved',
    });
  });

  it('gives the smallest reliable change in scale points', () => {
    // 1.96 × 2.1 = 4.116: a PHQ-9 change needs 5 points to count (4 / 2.1 = 1.905 stays inside ±1.96)
    expect(smallestReliableChange({ sd: 3.5, r: 0.82 })).toBeCloseTo(4.116, 10);
    expect(reliableChange(10, 14, { sd: 3.5, r: 0.82 }, 'lower').verdict).toBe('no_change');
    expect(reliableChange(10, 15, { sd: 3.5, r: 0.82 }, 'lower').verdict).toBe('worse');
  });

  describe('when lower is better (symptom scales)', () => {
    // S_diff = 5 (SD 5, r 0.5), so the RCI is the change divided by 5
    const figures = { sd: 5, r: 0.5 };
    it.each([
      [20, 10, -2, 'improved'], // (10 − 20) / 5 = −2 → beyond −1.96, went down → improved
      [10, 20, 2, 'worse'], // (20 − 10) / 5 = 2 → beyond 1.96, went up → worse
      [20, 11, -1.8, 'no_change'], // (11 − 20) / 5 = −1.8 → inside ±1.96
      [11, 20, 1.8, 'no_change'], // (20 − 11) / 5 = 1.8
      [15, 15, 0, 'no_change'], // no change at all
    ])('%d → %d gives RCI %d: %s', (first, latest, rci, verdict) => {
      expect(reliableChange(first, latest, figures, 'lower')).toEqual({ from: first, to: latest, rci, verdict });
    });
  });

  describe('when higher is better (self-esteem)', () => {
    const figures = { sd: 5, r: 0.5 };
    it.each([
      [10, 20, 2, 'improved'], // (20 − 10) / 5 = 2, went up → improved
      [20, 10, -2, 'worse'], // (10 − 20) / 5 = −2, went down → worse
      [11, 20, 1.8, 'no_change'], // 9 / 5 = 1.8
      [20, 11, -1.8, 'no_change'], // −9 / 5 = −1.8
    ])('%d → %d gives RCI %d: %s', (first, latest, rci, verdict) => {
      expect(reliableChange(first, latest, figures, 'higher')).toEqual({ from: first, to: latest, rci, verdict });
    });
  });

  it('needs the RCI strictly beyond 1.96, either side', () => {
    // S_diff = 5: a change of 9.85 gives RCI 1.97 (reliable), 9.75 gives 1.95 (not)
    const figures = { sd: 5, r: 0.5 };
    expect(reliableChange(0, 9.85, figures, 'lower').verdict).toBe('worse');
    expect(reliableChange(0, 9.75, figures, 'lower').verdict).toBe('no_change');
    expect(reliableChange(9.85, 0, figures, 'lower').verdict).toBe('improved');
    expect(reliableChange(9.75, 0, figures, 'lower').verdict).toBe('no_change');
  });

  it('works on 1–7 means as well as sums', () => {
    // S_diff = 1 for SD 1, r 0.5 (√2 × 1 × √0.5 = 1); 5.17 → 2.5 gives RCI −2.67
    expect(reliableChange(5.17, 2.5, { sd: 1, r: 0.5 }, 'lower')).toEqual({
      from: 5.17,
      to: 2.5,
      rci: -2.67,
      verdict: 'improved',
    });
  });

  it.each([[{ sd: 0, r: 0.8 }], [{ sd: -1, r: 0.8 }], [{ sd: 3, r: 1 }], [{ sd: 3, r: -0.1 }], [{ sd: Number.NaN, r: 0.8 }]])(
    'refuses figures that make no sense: %j',
    (figures) => {
      expect(() => reliableChange(10, 5, figures, 'lower')).toThrow(RangeError);
    },
  );

  it('has the wording the UI uses', () => {
    expect(RELIABLE_CHANGE_LABELS).toEqual({
      improved: 'Reliably improved',
      no_change: 'No reliable change',
      worse: 'Reliably worse',
    });
  });
});

describe('reliableChangeOnScale', () => {
  it('uses the PHQ-9 figures and direction', () => {
    // S_diff = 2.1 (above); 12 → 7: −5 / 2.1 = −2.381 → −2.38, improved
    expect(reliableChangeOnScale('phq9', 'total', 12, 7)).toEqual({ from: 12, to: 7, rci: -2.38, verdict: 'improved' });
    // 12 → 8: −4 / 2.1 = −1.905 → −1.9, no reliable change
    expect(reliableChangeOnScale('phq9', 'total', 12, 8)).toEqual({ from: 12, to: 8, rci: -1.9, verdict: 'no_change' });
  });

  it('uses the GAD-7 figures', () => {
    // SEM = 3.5 × √(1 − 0.83) = 3.5 × 0.41231 = 1.44309; S_diff = √2 × 1.44309 = 2.04083
    // 6 → 14: 8 / 2.04083 = 3.92 → worse
    expect(reliableChangeOnScale('gad7', 'total', 6, 14)).toEqual({ from: 6, to: 14, rci: 3.92, verdict: 'worse' });
  });

  it('treats a rise in self-esteem as improvement', () => {
    // SEM = 5.8 × √(1 − 0.85) = 5.8 × 0.38730 = 2.24633; S_diff = √2 × 2.24633 = 3.17682
    // 12 → 20: 8 / 3.17682 = 2.5183 → 2.52, improved; 20 → 12 → worse
    expect(reliableChangeOnScale('rses', 'total', 12, 20)).toEqual({ from: 12, to: 20, rci: 2.52, verdict: 'improved' });
    expect(reliableChangeOnScale('rses', 'total', 20, 12)).toEqual({ from: 20, to: 12, rci: -2.52, verdict: 'worse' });
  });

  it('returns null instead of guessing when a scale has no confirmed SD', () => {
    expect(reliableChangeOnScale('ecr_r', 'anxiety', 5.2, 3.1)).toBeNull();
    expect(reliableChangeOnScale('ecr_rs', 'avoidance', 5.2, 3.1)).toBeNull();
  });

  it('refuses a scale the instrument does not have', () => {
    expect(() => reliableChangeOnScale('phq9', 'anxiety', 1, 2)).toThrow(RangeError);
  });
});
