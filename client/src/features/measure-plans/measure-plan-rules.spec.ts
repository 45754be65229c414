import type { MeasurePlan } from './api/list-measure-plans';
import {
  CADENCE_LABELS,
  emptyPlanForm,
  planCadenceWords,
  planChanges,
  planFormProblems,
  planQuestionnaires,
  planStateWords,
} from './measure-plan-rules';

const today = '2026-03-02';

const plan: MeasurePlan = {
  id: 'p',
  clientId: 'c',
  instruments: ['phq9', 'gad7'],
  includeGoals: true,
  cadence: 'every_2_weeks',
  startsOn: '2026-03-02',
  endsOn: null,
  expiresInDays: 7,
  reminderAfterDays: 2,
  status: 'active',
  nextDueOn: '2026-03-16',
  stoppedAt: null,
  createdBy: 'u',
  version: 3,
  createdAt: '2026-03-02T09:00:00Z',
  updatedAt: '2026-03-02T09:00:00Z',
};

describe('the schedule form', () => {
  it('needs one to five questionnaires, a start from today within a year, an end after it and 1–14 days', () => {
    const base = { ...emptyPlanForm(today), instruments: ['phq9' as const] };
    expect(planFormProblems(base, today)).toEqual({});
    expect(planFormProblems(emptyPlanForm(today), today)).toEqual({ instruments: 'Choose at least one questionnaire.' });
    expect(planFormProblems({ ...base, startsOn: '2026-03-01' }, today)).toEqual({ startsOn: 'The first due date cannot be in the past' });
    expect(planFormProblems({ ...base, startsOn: '2027-03-04' }, today)).toEqual({ startsOn: 'Start within a year' });
    expect(planFormProblems({ ...base, endsOn: '2026-03-01' }, today)).toEqual({ endsOn: 'The end cannot be before the start' });
    expect(planFormProblems({ ...base, expiresInDays: 15 }, today)).toEqual({ expiresInDays: 'From 1 to 14 days' });
  });

  it('sends only what changed, with the version read', () => {
    expect(planChanges(plan, { cadence: 'every_2_weeks', endsOn: '' })).toEqual({ version: 3 });
    expect(planChanges(plan, { cadence: 'weekly', endsOn: '2026-06-01' })).toEqual({ cadence: 'weekly', endsOn: '2026-06-01', version: 3 });
    expect(planChanges({ ...plan, endsOn: '2026-06-01' }, { cadence: 'every_2_weeks', endsOn: '' })).toEqual({ endsOn: null, version: 3 });
  });
});

describe('a plan in words', () => {
  it('names the questionnaires and the rhythm', () => {
    expect(planQuestionnaires(plan)).toBe('PHQ-9, GAD-7 and goal ratings');
    expect(planCadenceWords(plan)).toBe('Every 2 weeks from 2 Mar 2026');
    expect(planCadenceWords({ ...plan, endsOn: '2026-06-01' })).toBe('Every 2 weeks from 2 Mar 2026 until 1 Jun 2026');
    expect(planCadenceWords({ ...plan, cadence: 'once' })).toBe('Once, on 2 Mar 2026');
    for (const label of Object.values(CADENCE_LABELS)) expect(label).toMatch(/^(Once|Every)/);
  });

  it('says where it stands', () => {
    expect(planStateWords(plan, today)).toBe('Next due 16 Mar 2026');
    expect(planStateWords({ ...plan, nextDueOn: today }, today)).toBe('Due today: the link is being made');
    expect(planStateWords({ ...plan, nextDueOn: null }, today)).toBe('Finished: no further due dates');
    expect(planStateWords({ ...plan, status: 'stopped', stoppedAt: '2026-03-05T10:00:00Z', nextDueOn: null }, today)).toMatch(/^Stopped 5 Mar 2026/);
  });
});
