import { markerSubpath, markersPath } from './marker-path';

describe('markerSubpath', () => {
  it('draws a circle of the given diameter as two arcs around the centre', () => {
    expect(markerSubpath('circle', { cx: 10, cy: 20 }, 4)).toBe('M8,20a2,2 0 1,0 4,0a2,2 0 1,0 -4,0Z');
  });

  it('draws a square 0.9 of the diameter wide, centred', () => {
    expect(markerSubpath('square', { cx: 10, cy: 20 }, 10)).toBe('M5.5,15.5h9v9h-9Z');
  });

  it('draws the triangle and the diamond as MarkerShape does', () => {
    // r = 5: apex 5.5 above, base 4 below, 5 either side.
    expect(markerSubpath('triangle', { cx: 10, cy: 20 }, 10)).toBe('M10,14.5L15,24L5,24Z');
    // r = 5: 6 above and below, 5.5 either side.
    expect(markerSubpath('diamond', { cx: 10, cy: 20 }, 10)).toBe('M10,14l5.5,6l-5.5,6l-5.5,-6Z');
  });

  it('rounds to a tenth of a pixel', () => {
    expect(markerSubpath('circle', { cx: 1.234, cy: 5.678 }, 3)).toBe('M-0.3,5.7a1.5,1.5 0 1,0 3,0a1.5,1.5 0 1,0 -3,0Z');
  });
});

describe('markersPath', () => {
  it('joins one subpath per centre, in order', () => {
    const d = markersPath(
      'square',
      [
        { cx: 0, cy: 0 },
        { cx: 10, cy: 0 },
      ],
      10,
    );
    expect(d).toBe('M-4.5,-4.5h9v9h-9ZM5.5,-4.5h9v9h-9Z');
  });

  it('is empty for no points', () => {
    expect(markersPath('circle', [], 5)).toBe('');
  });
});
