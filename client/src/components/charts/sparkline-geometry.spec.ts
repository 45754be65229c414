import { sparkline } from './sparkline-geometry';

describe('sparkline', () => {
  it('spreads points evenly by index and maps values onto the height', () => {
    const g = sparkline([{ y: 0 }, { y: 5 }, { y: 10 }], { width: 106, height: 26, min: 0, max: 10, pad: 3 });
    expect(g.dots).toEqual([
      { cx: 3, cy: 23 },
      { cx: 53, cy: 13 },
      { cx: 103, cy: 3 },
    ]);
    expect(g.path).toBe('M3,23 L53,13 L103,3');
    expect(g.yAt(8)).toBe(7);
  });

  it('places points by their x within a given range', () => {
    const g = sparkline(
      [
        { x: 10, y: 2 },
        { x: 20, y: 4 },
      ],
      { width: 100, height: 20, min: 0, max: 10, pad: 0, xMin: 0, xMax: 40 },
    );
    expect(g.dots).toEqual([
      { cx: 25, cy: 16 },
      { cx: 50, cy: 12 },
    ]);
  });

  it('centres a single point', () => {
    expect(sparkline([{ y: 6 }], { width: 80, height: 20, min: 0, max: 10 }).dots).toEqual([{ cx: 40, cy: 8.6 }]);
  });
});
