import { bandLabel, scaleName, scoreChange, trendWords, unsignedWords, verdictWords } from './prep-words';

describe('prep words', () => {
  it('names a scale by its instrument, and by both where an instrument has two', () => {
    expect(scaleName('phq9', 'total')).toBe('PHQ-9');
    expect(scaleName('ecr_r', 'anxiety')).toBe('ECR-R attachment anxiety');
  });

  it('reads a fall as better on a scale where lower is better, and a fall as worse where higher is', () => {
    expect(
      scoreChange({ instrument: 'phq9', scale: 'total', direction: 'down', previous: { measureId: 'm', date: '2026-01-01', score: 14 } }),
    ).toEqual({
      arrow: '↓',
      words: 'down from 14, better',
      tone: 'better',
    });
    expect(
      scoreChange({ instrument: 'rses', scale: 'total', direction: 'down', previous: { measureId: 'm', date: '2026-01-01', score: 20 } }),
    ).toMatchObject({
      tone: 'worse',
    });
    expect(
      scoreChange({ instrument: 'gad7', scale: 'total', direction: 'same', previous: { measureId: 'm', date: '2026-01-01', score: 7 } }),
    ).toMatchObject({
      arrow: '→',
      tone: 'same',
    });
    expect(scoreChange({ instrument: 'gad7', scale: 'total', direction: null, previous: null })).toBeNull();
  });

  it('says the verdict with its span, no verdict without figures, and nothing with one score', () => {
    const previous = { measureId: 'm', date: '2026-01-01', score: 14 };
    expect(verdictWords({ previous, reliableChange: { from: 18, to: 9, rci: -4.29, verdict: 'improved' } })).toBe('Reliably improved (18 → 9)');
    expect(verdictWords({ previous, reliableChange: null })).toBe('No verdict');
    expect(verdictWords({ previous: null, reliableChange: null })).toBeNull();
  });

  it('gives the band label, the trend word or why there is none, and the draft count', () => {
    expect(bandLabel('phq9', 'moderately_severe')).toBe('Moderately severe');
    expect(bandLabel('phq9', null)).toBeNull();
    expect(trendWords({ trend: 'worsening', lastRatings: [] })).toBe('Worsening');
    expect(trendWords({ trend: null, lastRatings: [{ date: '2026-01-01', rating: 4, sessionId: 's' }] })).toBe('Too few ratings for a trend');
    expect(trendWords({ trend: null, lastRatings: [] })).toBe('Not rated yet');
    expect(unsignedWords(1)).toBe('1 draft session not signed yet');
    expect(unsignedWords(2)).toBe('2 draft sessions not signed yet');
  });
});
