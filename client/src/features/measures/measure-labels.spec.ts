import { ECR_R, GAD7, PHQ9, RSES } from '@securebase/shared';
import {
  BAND_TINTS,
  bandInfo,
  flagInfo,
  formatScore,
  INSTRUMENT_OPTIONS,
  instrumentName,
  isReversed,
  itemShortLabel,
  resultSentence,
  scoredAnswer,
  scoreLines,
} from './measure-labels';

describe('measure labels', () => {
  it('offers the five instruments with names', () => {
    expect(INSTRUMENT_OPTIONS.map((o) => o.value)).toEqual(['phq9', 'gad7', 'rses', 'ecr_r', 'ecr_rs']);
    expect(INSTRUMENT_OPTIONS[0].label).toBe('PHQ-9 — Depression, 9 items');
    expect(instrumentName('ecr_r')).toBe('ECR-R');
    expect(instrumentName('bdi')).toBe('bdi');
  });

  it('shows our short item labels without the number and the reversed note', () => {
    expect(itemShortLabel(PHQ9, 4)).toBe('tiredness, low energy');
    expect(itemShortLabel(ECR_R, 9)).toBe('seldom worries about being left');
    expect(isReversed(ECR_R, 9)).toBe(true);
    expect(isReversed(ECR_R, 1)).toBe(false);
  });

  it('counts reversed items as min + max − answer', () => {
    expect(scoredAnswer(ECR_R, 9, 2)).toBe(6);
    expect(scoredAnswer(RSES, 2, 3)).toBe(0);
    expect(scoredAnswer(RSES, 1, 3)).toBe(3);
  });

  it('shows sums whole and means with two decimals', () => {
    expect(formatScore(PHQ9, 'total', 14)).toBe('14');
    expect(formatScore(ECR_R, 'anxiety', 3.5)).toBe('3.50');
    expect(scoreLines(ECR_R, { avoidance: 2.1, anxiety: 4 })).toEqual([
      { scale: 'anxiety', label: 'Attachment anxiety', value: '4.00' },
      { scale: 'avoidance', label: 'Attachment avoidance', value: '2.10' },
    ]);
  });

  it('names bands and tints them from least to most severe', () => {
    expect(bandInfo(PHQ9, 'minimal')).toMatchObject({ label: 'Minimal', severity: 0, tint: BAND_TINTS[0] });
    expect(bandInfo(PHQ9, 'severe')).toMatchObject({ label: 'Severe', severity: 4, tint: BAND_TINTS[4] });
    expect(bandInfo(GAD7, 'severe')).toMatchObject({ severity: 3, tint: BAND_TINTS[4] });
    // Self-esteem: the low band is the severe end.
    expect(bandInfo(RSES, 'low')).toMatchObject({ label: 'Low', severity: 1, tint: BAND_TINTS[4] });
    expect(bandInfo(RSES, 'normal')).toMatchObject({ severity: 0, tint: BAND_TINTS[0] });
    expect(bandInfo(PHQ9, null)).toBeNull();
    expect(bandInfo(PHQ9, 'unknown')?.label).toBe('unknown');
  });

  it('words flags short for lists and in full for the notice', () => {
    expect(flagInfo(PHQ9, 'safety_item')).toEqual({
      code: 'safety_item',
      short: 'Safety item',
      label: 'Item 9 answered above 0 — ask about safety',
    });
  });

  it('says a result in one sentence', () => {
    expect(resultSentence(PHQ9, { scores: { total: 14 }, band: 'moderate' })).toBe('Total 14 (Moderate)');
    expect(resultSentence(ECR_R, { scores: { anxiety: 3.44, avoidance: 2.1 } })).toBe('Attachment anxiety 3.44, Attachment avoidance 2.10');
  });
});
