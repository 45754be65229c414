import type { GoalLine } from './goal-series';
import { isCrowded, nearestPoint } from './nearest-point';

const DAY = 86_400_000;
const line = (key: string, ratings: number[]): GoalLine =>
  ({
    key,
    title: key,
    points: ratings.map((rating, i) => ({ x: i * DAY, date: `d${i}`, rating, sessionId: `${key}-${i}`, comment: null })),
  }) as unknown as GoalLine;

// A 100 × 100 plot from (0, 0), ten days wide: day d is at x = 10d, rating r at y = 100 − 10r.
const box = { left: 0, right: 100, top: 0, bottom: 100 };
const domain = [0, 10 * DAY] as const;

describe('nearestPoint', () => {
  const a = line('a', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]); // y = 80 all along
  const b = line('b', [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8]); // y = 20 all along

  it('picks the session nearest in time on the goal nearest on screen', () => {
    // x = 31 → day 3.1 → day 3 (x = 30); y = 75 is 5 from goal a (80) and 55 from goal b (20).
    expect(nearestPoint([a, b], domain, box, 31, 75)).toMatchObject({ point: { sessionId: 'a-3' }, cx: 30, cy: 80 });
    // Same x, y = 25 → goal b.
    expect(nearestPoint([a, b], domain, box, 31, 25)).toMatchObject({ point: { sessionId: 'b-3' }, cx: 30, cy: 20 });
    // x = 36 → day 3.6 → day 4 (x = 40).
    expect(nearestPoint([a, b], domain, box, 36, 75)?.point.sessionId).toBe('a-4');
  });

  it('picks nothing outside the plot or far from every rating', () => {
    expect(nearestPoint([a], domain, box, -1, 50)).toBeNull();
    expect(nearestPoint([a], domain, box, 50, 101)).toBeNull();
    // One rating on day 0 only: at x = 60 it is 60 px away, beyond the 24 px pick radius.
    expect(nearestPoint([line('c', [5])], domain, box, 60, 50)).toBeNull();
    expect(nearestPoint([line('c', [5])], domain, box, 20, 50)?.point.sessionId).toBe('c-0');
  });
});

describe('isCrowded', () => {
  it('leaves markers off below 4 px per session', () => {
    // 260 weekly sessions (five years) in 900 px: 3.5 px each → crowded; a year (52) is not.
    expect(isCrowded([line('a', new Array(260).fill(5))], 900)).toBe(true);
    expect(isCrowded([line('a', new Array(52).fill(5))], 900)).toBe(false);
    expect(isCrowded([], 900)).toBe(false);
  });
});
