import { measureSeries, isReliablyWorse } from './measure-series';

describe('measureSeries', () => {
  it('makes one series per scale with bands on the banded scale and a first-to-latest verdict', () => {
    const { measures, attachment } = measureSeries([
      { instrument: 'phq9', administeredOn: '2026-01-05', scores: { total: 20 }, band: 'severe', flags: [] },
      { instrument: 'ecr_r', administeredOn: '2026-01-05', scores: { anxiety: 5.5, avoidance: 2.25 }, band: null, flags: [] },
      { instrument: 'phq9', administeredOn: '2026-02-02', scores: { total: 12 }, band: 'moderate', flags: [] },
      { instrument: 'phq9', administeredOn: '2026-03-02', scores: { total: 4 }, band: 'minimal', flags: ['safety_item'] },
    ]);
    const phq = measures.find((m) => m.instrument === 'phq9')!;
    expect(phq.scale).toBe('total');
    expect(phq.points).toEqual([
      { date: '2026-01-05', score: 20, band: 'severe', flags: [] },
      { date: '2026-02-02', score: 12, band: 'moderate', flags: [] },
      // A low total can still carry item 9's flag: the point keeps it.
      { date: '2026-03-02', score: 4, band: 'minimal', flags: ['safety_item'] },
    ]);
    // 20 → 4 is a drop of 16 points: far beyond any published PHQ-9 reliable-change threshold (≈6).
    expect(phq.reliableChange).toMatchObject({ from: 20, to: 4, verdict: 'improved' });
    expect(phq.reliableChange!.rci).toBeLessThan(-1.96);
    expect(measures.filter((m) => m.instrument === 'ecr_r').map((m) => m.scale)).toEqual(['anxiety', 'avoidance']);
    // A single measure has no change to judge.
    expect(measures.find((m) => m.instrument === 'ecr_r')!.reliableChange).toBeNull();
    expect(attachment).toEqual([{ date: '2026-01-05', anxiety: 5.5, avoidance: 2.25, instrument: 'ecr_r' }]);
  });

  it('returns nothing for no measures', () => {
    expect(measureSeries([])).toEqual({ measures: [], attachment: [] });
  });
});

describe('isReliablyWorse', () => {
  it('is true when a lower-is-better score rises far, false for small moves and improvements', () => {
    expect(isReliablyWorse([{ instrument: 'gad7', first: { total: 3 }, latest: { total: 18 } }])).toBe(true);
    expect(isReliablyWorse([{ instrument: 'gad7', first: { total: 10 }, latest: { total: 11 } }])).toBe(false);
    expect(isReliablyWorse([{ instrument: 'gad7', first: { total: 18 }, latest: { total: 3 } }])).toBe(false);
  });

  it('reads direction per instrument: a falling self-esteem score is worse', () => {
    expect(isReliablyWorse([{ instrument: 'rses', first: { total: 26 }, latest: { total: 8 } }])).toBe(true);
    expect(isReliablyWorse([{ instrument: 'rses', first: { total: 8 }, latest: { total: 26 } }])).toBe(false);
  });
});
