import type { Progress } from './api/get-progress';
import { hasProgressData, progressDates, ratingsByGoal } from './progress-data';

const EMPTY: Progress = {
  goals: [],
  measures: [],
  attachment: [],
  approaches: [],
  patterns: [],
  attendance: { attended: 0, cancelled: 0, noShow: 0 },
};
const goal = {
  goalId: 'g1',
  title: 'T',
  domain: 'other' as const,
  status: 'active' as const,
  baseline: 1,
  target: 8,
  achievedOn: null,
  clientPoints: [],
};

describe('progress data', () => {
  it('knows an empty record', () => {
    expect(hasProgressData(EMPTY)).toBe(false);
    expect(hasProgressData({ ...EMPTY, goals: [{ ...goal, points: [] }] })).toBe(false);
    expect(hasProgressData({ ...EMPTY, attendance: { attended: 0, cancelled: 1, noShow: 0 } })).toBe(true);
    // A goal only the client has rated (through a questionnaire link) is something to chart.
    expect(
      hasProgressData({ ...EMPTY, goals: [{ ...goal, points: [], clientPoints: [{ date: '2026-01-02', rating: 4, invitationId: 'i' }] }] }),
    ).toBe(true);
    expect(
      hasProgressData({
        ...EMPTY,
        measures: [
          {
            instrument: 'gad7',
            scale: 'total',
            points: [{ date: '2026-01-02', score: 3, band: 'minimal', flags: [] }],
            reliableChange: null,
          },
        ],
      }),
    ).toBe(true);
  });

  it('collects the dates of every chart, months from their first day', () => {
    const progress: Progress = {
      ...EMPTY,
      goals: [
        {
          ...goal,
          points: [{ date: '2026-05-03', rating: 2, sessionId: 's' }],
          clientPoints: [{ date: '2026-05-01', rating: 5, invitationId: 'i' }],
        },
      ],
      approaches: [{ month: '2026-04', counts: { eft: 1 } }],
      attachment: [{ date: '2026-06-07', anxiety: 3, avoidance: 2, instrument: 'ecr_r' }],
    };
    expect(progressDates(progress)).toEqual(['2026-05-03', '2026-05-01', '2026-06-07', '2026-04-01']);
    expect(ratingsByGoal(progress).get('g1')).toEqual([{ date: '2026-05-03', rating: 2, sessionId: 's' }]);
    expect(ratingsByGoal(undefined).size).toBe(0);
  });
});
