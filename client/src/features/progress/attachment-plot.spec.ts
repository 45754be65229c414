import { attachmentMovement, attachmentPath, attachmentSummary, quadrantOf } from './attachment-plot';

describe('quadrantOf', () => {
  it('names the four quadrants, the midpoint counting as low', () => {
    expect(quadrantOf(2, 2)).toBe('secure');
    expect(quadrantOf(5.6, 2.8)).toBe('anxious_preoccupied');
    expect(quadrantOf(2, 5)).toBe('dismissing_avoidant');
    expect(quadrantOf(6, 6)).toBe('fearful_avoidant');
    expect(quadrantOf(4, 4)).toBe('secure');
    expect(quadrantOf(4.01, 4)).toBe('anxious_preoccupied');
  });
});

describe('attachmentPath', () => {
  const path = attachmentPath([
    { date: '2026-07-26', anxiety: 4.78, avoidance: 2.61, instrument: 'ecr_r' },
    { date: '2026-05-03', anxiety: 5.61, avoidance: 2.78, instrument: 'ecr_r' },
    { date: '2026-11-22', anxiety: 3.61, avoidance: 2.39, instrument: 'ecr_rs' },
  ]);

  it('orders the points oldest first and marks the newest', () => {
    expect(path.map((s) => [s.date, s.order, s.latest, s.quadrant])).toEqual([
      ['2026-05-03', 1, false, 'anxious_preoccupied'],
      ['2026-07-26', 2, false, 'anxious_preoccupied'],
      ['2026-11-22', 3, true, 'secure'],
    ]);
  });

  it('summarises first and latest in words', () => {
    expect(attachmentSummary(path)).toBe(
      '3 results, joined in time order. First 3 May 2026: anxiety 5.6, avoidance 2.8 (Anxious-preoccupied). ' +
        'Latest 22 Nov 2026: anxiety 3.6, avoidance 2.4 (Secure).',
    );
    expect(attachmentSummary(path.slice(0, 1))).toBe('One result on 3 May 2026: anxiety 5.6, avoidance 2.8 (Anxious-preoccupied).');
    expect(attachmentSummary([])).toBe('No attachment questionnaire in this period.');
  });
});

describe('attachmentMovement', () => {
  const at = (date: string, anxiety: number, avoidance: number) => ({ date, anxiety, avoidance, instrument: 'ecr_r' });

  it('names the quadrant the client left and the one they reached', () => {
    // first 5.61 / 2.78 → anxious-preoccupied (anxiety above 4); latest 3.61 / 2.39 → secure (both at or below 4)
    const path = attachmentPath([at('2026-05-03', 5.61, 2.78), at('2026-11-22', 3.61, 2.39)]);
    expect(attachmentMovement(path)).toMatch(/^Moved from anxious-preoccupied \(.+\) to secure \(.+\)\.$/);
  });

  it('says so when the client stayed in one quadrant, and says nothing with one result', () => {
    const stayed = attachmentPath([at('2026-05-03', 5.2, 4.6), at('2026-11-22', 5.9, 5.1)]);
    expect(attachmentMovement(stayed)).toMatch(/^Fearful-avoidant at the first result/);
    expect(attachmentMovement(attachmentPath([at('2026-05-03', 5.2, 4.6)]))).toBeNull();
  });
});
