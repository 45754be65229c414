import type { GoalProgress } from './api/get-progress';
import { goalChartSummary, goalClientRows, goalLines, goalSessionRows, ratedLines } from './goal-series';
import { dayMs } from './time-axis';

const goal = (over: Partial<GoalProgress>): GoalProgress => ({
  goalId: 'g',
  title: 'Goal',
  domain: 'communication',
  status: 'active',
  baseline: 2,
  target: 8,
  achievedOn: null,
  points: [],
  clientPoints: [],
  ...over,
});

const GOALS: GoalProgress[] = [
  goal({
    goalId: 'g1',
    title: 'Say no without apologising',
    points: [
      { date: '2026-05-03', rating: 2, sessionId: 's1' },
      { date: '2026-05-24', rating: 4, sessionId: 's2', comment: '  held it with her sister ' },
    ],
  }),
  goal({
    goalId: 'g2',
    title: 'Wait before texting',
    baseline: 3,
    target: 7,
    status: 'achieved',
    achievedOn: '2026-06-01',
    points: [{ date: '2026-05-03', rating: 5, sessionId: 's1', comment: ' ' }],
  }),
  goal({ goalId: 'g3', title: 'Not rated yet' }),
];

describe('goalLines', () => {
  const lines = goalLines(GOALS);

  it('gives each goal a colour, a marker and its points on the time axis', () => {
    expect(lines.map((l) => [l.key, l.colour, l.marker])).toEqual([
      ['goal0', '#3949ab', 'circle'],
      ['goal1', '#b45309', 'square'],
      ['goal2', '#15803d', 'triangle'],
    ]);
    expect(lines[0].points[1]).toEqual({
      x: dayMs('2026-05-24'),
      date: '2026-05-24',
      rating: 4,
      sessionId: 's2',
      comment: 'held it with her sister',
    });
    expect(lines[1].points[0].comment).toBeNull();
  });

  it('knows the latest rating', () => {
    expect(lines.map((l) => l.latest)).toEqual([4, 5, null]);
  });

  it('separates goals rated in the range from the rest', () => {
    const { rated, unrated } = ratedLines(lines);
    expect(rated.map((l) => l.goalId)).toEqual(['g1', 'g2']);
    expect(unrated.map((l) => l.goalId)).toEqual(['g3']);
  });

  it('tabulates one row per session, a column per goal', () => {
    expect(goalSessionRows(lines)).toEqual([
      {
        date: '2026-05-03',
        sessionId: 's1',
        ratings: [{ rating: 2, comment: null }, { rating: 5, comment: null }, null],
      },
      { date: '2026-05-24', sessionId: 's2', ratings: [{ rating: 4, comment: 'held it with her sister' }, null, null] },
    ]);
  });

  it('says what the chart shows', () => {
    expect(goalChartSummary(lines)).toBe(
      'Goal ratings 0–10 over time. Say no without apologising: 2 → 4 (target 8); Wait before texting: 5 → 5 (target 7).',
    );
    expect(goalChartSummary([lines[2]])).toBe('No goal was rated in this period.');
  });
});

describe("the client's own ratings", () => {
  const lines = goalLines([
    goal({
      goalId: 'g1',
      title: 'Sleep through',
      points: [{ date: '2026-05-03', rating: 3, sessionId: 's1' }],
      clientPoints: [
        { date: '2026-05-02', rating: 4, invitationId: 'i1' },
        { date: '2026-05-30', rating: 6, invitationId: 'i2' },
      ],
    }),
    goal({ goalId: 'g2', title: 'Call my sister', clientPoints: [{ date: '2026-05-30', rating: 2, invitationId: 'i2' }] }),
    goal({ goalId: 'g3', title: 'Not rated by anyone' }),
  ]);

  it('are a series of their own beside the clinician’s, on the same time axis', () => {
    expect(lines[0].clientKey).toBe('goal0-client');
    expect(lines[0].clientPoints[1]).toEqual({ x: dayMs('2026-05-30'), date: '2026-05-30', rating: 6, invitationId: 'i2' });
    expect(lines[0].points.map((p) => p.rating)).toEqual([3]);
  });

  it('make a goal rated even without a rating from the clinician', () => {
    const { rated, unrated } = ratedLines(lines);
    expect(rated.map((l) => l.goalId)).toEqual(['g1', 'g2']);
    expect(unrated.map((l) => l.goalId)).toEqual(['g3']);
  });

  it('are tabulated one row per questionnaire sent, a column per goal', () => {
    expect(goalClientRows(lines)).toEqual([
      { date: '2026-05-02', invitationId: 'i1', ratings: [4, null, null] },
      { date: '2026-05-30', invitationId: 'i2', ratings: [6, 2, null] },
    ]);
  });

  it('are named in the chart’s summary', () => {
    expect(goalChartSummary(lines)).toBe(
      "Goal ratings 0–10 over time. Sleep through: 3 → 3, client's own rating 4 → 6 (target 8); Call my sister: client's own rating 2 → 2 (target 8).",
    );
  });
});
