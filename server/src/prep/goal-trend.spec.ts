import { goalTrend } from './goal-trend';

// Ratings are written newest first, as the panel lists them. Most goals are rated up towards a higher target.
const UP = { baseline: 0, target: 10 };
const DOWN = { baseline: 10, target: 0 };

describe('goalTrend', () => {
  it('gives no word with fewer than three ratings', () => {
    expect(goalTrend([], UP)).toBeNull();
    expect(goalTrend([9], UP)).toBeNull();
    expect(goalTrend([9, 1], UP)).toBeNull();
  });

  it('compares the last three with the three before: exactly one point up is improving, two thirds is stable', () => {
    // mean(6, 6, 6) = 6 against mean(5, 5, 5) = 5: one point.
    expect(goalTrend([6, 6, 6, 5, 5, 5], UP)).toBe('improving');
    // mean(6, 6, 5) = 5.67 against 5: two thirds of a point.
    expect(goalTrend([6, 6, 5, 5, 5, 5], UP)).toBe('stable');
    expect(goalTrend([4, 4, 4, 5, 5, 5], UP)).toBe('worsening');
    expect(goalTrend([4, 5, 5, 5, 5, 5], UP)).toBe('stable');
    expect(goalTrend([4, 4, 5, 5, 5, 5], UP)).toBe('stable');
  });

  it('reads only the newest six ratings', () => {
    // The seventh and older (0, 0) would pull "before" down if they were read.
    expect(goalTrend([5, 5, 5, 5, 5, 5, 0, 0], UP)).toBe('stable');
  });

  it('with four or five ratings compares with the ones there are before the last three', () => {
    // mean(7, 7, 7) = 7 against mean(6) = 6.
    expect(goalTrend([7, 7, 7, 6], UP)).toBe('improving');
    // mean(7, 7, 6) = 6.67 against mean(6, 6) = 6: two thirds.
    expect(goalTrend([7, 7, 6, 6, 6], UP)).toBe('stable');
    // mean(5, 5, 5) = 5 against mean(6, 6) = 6: exactly one point down.
    expect(goalTrend([5, 5, 5, 6, 6], UP)).toBe('worsening');
  });

  it('with exactly three ratings compares with the goal baseline', () => {
    const goal = { baseline: 2, target: 8 };
    expect(goalTrend([4, 3, 2], goal)).toBe('improving'); // mean 3 against baseline 2
    expect(goalTrend([3, 3, 2], goal)).toBe('stable'); // mean 2.67
    expect(goalTrend([1, 1, 1], goal)).toBe('worsening');
  });

  it('lets one session alone change the word only when it moves three steps or more', () => {
    expect(goalTrend([8, 5, 5, 5, 5, 5], UP)).toBe('improving'); // +3 in one session: mean 6 vs 5, exactly one point
    expect(goalTrend([7, 5, 5, 5, 5, 5], UP)).toBe('stable'); // +2 in one session: mean 5.67 vs 5
    expect(goalTrend([2, 5, 5, 5, 5, 5], UP)).toBe('worsening'); // −3 in one session
  });

  it('counts a fall as improving for a goal whose target is below its baseline', () => {
    expect(goalTrend([4, 4, 4, 5, 5, 5], DOWN)).toBe('improving');
    expect(goalTrend([6, 6, 6, 5, 5, 5], DOWN)).toBe('worsening');
    expect(goalTrend([5, 5, 4, 5, 5, 5], DOWN)).toBe('stable');
    // Three ratings against a baseline of 7 with a target of 2: mean 6 is one point towards the target.
    expect(goalTrend([6, 6, 6], { baseline: 7, target: 2 })).toBe('improving');
  });

  it('counts a rise as improving when the target equals the baseline', () => {
    expect(goalTrend([6, 6, 6], { baseline: 5, target: 5 })).toBe('improving');
  });
});
