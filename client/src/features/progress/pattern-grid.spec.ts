import { intensityStyle, patternGrid, patternSummary } from './pattern-grid';

describe('patternGrid', () => {
  const months = ['2026-05', '2026-06', '2026-07'];
  const rows = patternGrid(
    [
      { month: '2026-05', pattern: 'reassurance_seeking', meanIntensity: 2 },
      { month: '2026-05', pattern: 'fear_of_abandonment', meanIntensity: 2.33 },
      { month: '2026-07', pattern: 'fear_of_abandonment', meanIntensity: 1 },
      { month: '2025-01', pattern: 'low_self_worth', meanIntensity: 3 },
    ],
    months,
  );

  it('has a row per pattern seen in these months, in the vocabulary’s order, gaps as null', () => {
    expect(rows).toEqual([
      { pattern: 'fear_of_abandonment', label: 'Fear of abandonment', cells: [2.33, null, 1] },
      { pattern: 'reassurance_seeking', label: 'Reassurance seeking', cells: [2, null, null] },
    ]);
  });

  it('shades by intensity with readable text', () => {
    expect(intensityStyle(0)).toEqual({ fill: '#efedf5', text: '#212529' });
    expect(intensityStyle(1.49)).toEqual({ fill: '#bcbddc', text: '#212529' });
    expect(intensityStyle(2.33)).toEqual({ fill: '#6a51a3', text: '#ffffff' });
    expect(intensityStyle(3)).toEqual({ fill: '#3f007d', text: '#ffffff' });
  });

  it('summarises first and latest intensity per pattern', () => {
    expect(patternSummary(rows, months)).toBe(
      'Mean intensity 0–3 of 2 patterns over 3 months, first → latest month recorded: Fear of abandonment 2.3 → 1.0; Reassurance seeking 2.0 → 2.0.',
    );
    expect(patternSummary([], months)).toBe('No presenting patterns recorded in this period.');
  });
});
