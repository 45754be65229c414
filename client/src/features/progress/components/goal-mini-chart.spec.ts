import { goalMiniChartLabel } from './goal-mini-chart';

describe('goalMiniChartLabel', () => {
  it('says the first and latest rating and the target', () => {
    expect(
      goalMiniChartLabel(
        [
          { date: '2026-05-03', rating: 2 },
          { date: '2026-06-07', rating: 4 },
          { date: '2026-11-22', rating: 7 },
        ],
        8,
      ),
    ).toBe('3 ratings from 3 May 2026 to 22 Nov 2026: 2 → 7; target 8.');
    expect(goalMiniChartLabel([{ date: '2026-05-03', rating: 2 }], 8)).toBe('One rating, 2 on 3 May 2026; target 8.');
    expect(goalMiniChartLabel([], 8)).toBe('Not rated yet.');
  });
});
