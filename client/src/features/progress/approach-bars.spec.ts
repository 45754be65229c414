import { approachBars, columnAt, countTicks, labelIndices } from './approach-bars';
import { approachMonths } from './approach-months';

describe('countTicks', () => {
  it('counts in ones, twos, fives and tens so that at most five ticks reach the top', () => {
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(13)).toEqual([0, 5, 10, 15]);
    expect(countTicks(38)).toEqual([0, 10, 20, 30, 40]);
  });

  it('has a top of at least 1 when nothing was counted', () => {
    expect(countTicks(0)).toEqual([0, 1]);
  });
});

describe('labelIndices', () => {
  it('labels every month when each has room', () => {
    expect(labelIndices(4, 100, 56, 16)).toEqual([0, 1, 2, 3]);
  });

  it('labels every k-th month and the last, dropping the one that would touch it', () => {
    // 72 px a label, 20 px a month: every 4th.
    expect(labelIndices(10, 20, 56, 16)).toEqual([0, 4, 9]);
    expect(labelIndices(9, 20, 56, 16)).toEqual([0, 4, 8]);
    expect(labelIndices(12, 20, 56, 16)).toEqual([0, 4, 11]);
    expect(labelIndices(14, 20, 56, 16)).toEqual([0, 4, 8, 13]);
  });

  it('has nothing to label without months', () => {
    expect(labelIndices(0, 20, 56, 16)).toEqual([]);
  });
});

describe('approachBars', () => {
  const { rows, used } = approachMonths(
    [
      { month: '2026-05', counts: { attachment_based: 1, mbct: 3 } },
      { month: '2026-07', counts: { eft: 2, schema: 1 } },
    ],
    ['2026-05', '2026-06', '2026-07'],
  );
  // Plot from x 40 to 340 (100 px a month), y 10 to 210 (200 px for counts 0–4).
  const frame = {
    width: 350,
    height: 240,
    margin: { top: 10, right: 10, bottom: 0, left: 6 },
    yAxisWidth: 34,
    xAxisHeight: 30,
    gap: 0.2,
    labelWidth: 56,
    labelGap: 16,
  };
  const g = approachBars(rows, used, frame);

  it('lays the plot out inside the margins and the axes', () => {
    expect(g.plot).toEqual({ left: 40, right: 340, top: 10, bottom: 210 });
    expect(g.yTicks).toEqual([0, 1, 2, 3, 4].map((value) => ({ value, y: 210 - value * 50 })));
    expect(g.xLabels).toEqual([
      { index: 0, x: 90, textX: 90 },
      { index: 1, x: 190, textX: 190 },
      { index: 2, x: 290, textX: 290 },
    ]);
    expect(g.columns.map((c) => [c.left, c.width, c.top])).toEqual([
      [40, 100, 10],
      [140, 100, 210],
      [240, 100, 60],
    ]);
  });

  it('draws each approach as one path of bars, stacked in the vocabulary’s order from the bottom', () => {
    expect(g.bars).toEqual([
      // May: attachment 0–1, MBCT 1–4. Bars 60 px wide, 20 px in from the month's edges.
      { approach: 'attachment_based', d: 'M60,160h60v50h-60Z' },
      { approach: 'eft', d: 'M260,110h60v100h-60Z' },
      { approach: 'mbct', d: 'M60,10h60v150h-60Z' },
      { approach: 'schema', d: 'M260,60h60v50h-60Z' },
    ]);
  });

  it('keeps a label at the edge inside the chart, its tick under the bar', () => {
    const narrow = approachBars(rows, used, { ...frame, width: 130, margin: { ...frame.margin, right: 0 } });
    // 30 px a month: only the first and the last are labelled; the last bar's centre is at 115, 15 px from the edge.
    expect(narrow.xLabels).toEqual([
      { index: 0, x: 55, textX: 55 },
      { index: 2, x: 115, textX: 102 },
    ]);
  });

  it('finds the month under the pointer, and none outside the plot', () => {
    expect(columnAt(g, 40, 100)).toBe(0);
    expect(columnAt(g, 239, 100)).toBe(1);
    expect(columnAt(g, 340, 100)).toBe(2);
    expect(columnAt(g, 39, 100)).toBeNull();
    expect(columnAt(g, 100, 220)).toBeNull();
  });
});
