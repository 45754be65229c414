import {
  checkScore,
  emptyGoalForm,
  goalEditChanges,
  goalEditValues,
  goalProgressWords,
  sortGoalsForDisplay,
  statusChoices,
  toNewGoal,
  validateGoalEdit,
  validateNewGoal,
} from './goal-rules';

const today = '2026-03-02';

describe('validateNewGoal', () => {
  it('accepts a complete goal', () => {
    expect(validateNewGoal({ ...emptyGoalForm(today), domain: 'communication', title: 'Ask for what I need', baseline: 2, target: 8 })).toEqual({});
  });
  it('names every missing field', () => {
    expect(validateNewGoal({ ...emptyGoalForm(''), title: '  ' })).toEqual({
      domain: 'Choose a domain',
      title: 'Required',
      baseline: 'Required',
      target: 'Required',
      startedOn: 'Required',
    });
  });
  it('keeps scores to whole numbers 0–10 and titles to 200 characters', () => {
    const errors = validateNewGoal({
      ...emptyGoalForm(today),
      domain: 'other',
      title: 'x'.repeat(201),
      baseline: 2.5,
      target: 11,
      startedOn: '2026-02-30',
    });
    expect(errors).toEqual({
      title: 'Must be at most 200 characters',
      baseline: 'Must be a whole number from 0 to 10',
      target: 'Must be a whole number from 0 to 10',
      startedOn: 'Enter a real date (YYYY-MM-DD)',
    });
  });
});

describe('checkScore', () => {
  it('accepts 0 and 10 and numeric text', () => {
    expect(checkScore(0)).toBeNull();
    expect(checkScore(10)).toBeNull();
    expect(checkScore('7')).toBeNull();
    expect(checkScore(-1)).toMatch(/whole number/);
  });
});

describe('toNewGoal', () => {
  it('trims, and sends an empty description as null', () => {
    expect(
      toNewGoal({ domain: 'self_esteem', title: ' Speak kindly to myself ', description: '  ', baseline: '3', target: 7, startedOn: today }),
    ).toEqual({ domain: 'self_esteem', title: 'Speak kindly to myself', description: null, baseline: 3, target: 7, startedOn: today });
  });
});

describe('editing a goal', () => {
  const goal = { title: 'Wait before texting', description: null, target: 8 };
  it('sends only what changed', () => {
    expect(goalEditChanges(goal, goalEditValues(goal))).toEqual({});
    expect(goalEditChanges(goal, { ...goalEditValues(goal), target: 9 })).toEqual({ target: 9 });
    expect(goalEditChanges(goal, { title: 'Wait 20 minutes before texting ', description: 'Urge surfing', target: 8 })).toEqual({
      title: 'Wait 20 minutes before texting',
      description: 'Urge surfing',
    });
  });
  it('clears a description with null', () => {
    expect(goalEditChanges({ ...goal, description: 'Old' }, { title: goal.title, description: ' ', target: 8 })).toEqual({
      description: null,
    });
  });
  it('validates title and target', () => {
    expect(validateGoalEdit({ title: '', description: '', target: '' })).toEqual({ title: 'Required', target: 'Required' });
  });
});

describe('statusChoices', () => {
  it('offers every other status, never deletion', () => {
    expect(statusChoices('active').map((c) => c.action)).toEqual(['Mark as achieved', 'Pause', 'Discontinue']);
    expect(statusChoices('paused').map((c) => c.status)).toEqual(['active', 'achieved', 'discontinued']);
    expect(statusChoices('discontinued')[0]).toMatchObject({ status: 'active', action: 'Reactivate' });
  });
});

describe('goal display', () => {
  it('says baseline, latest and target', () => {
    expect(goalProgressWords({ baseline: 2, target: 8, latestRating: 6 })).toBe('Baseline 2 → latest 6 → target 8');
    expect(goalProgressWords({ baseline: 2, target: 8, latestRating: null })).toBe('Baseline 2 → not rated yet → target 8');
  });
  it('lists active goals first and keeps the order they were set', () => {
    const goals = [
      { id: 'a', status: 'achieved' as const },
      { id: 'b', status: 'active' as const },
      { id: 'c', status: 'discontinued' as const },
      { id: 'd', status: 'active' as const },
      { id: 'e', status: 'paused' as const },
    ];
    expect(sortGoalsForDisplay(goals).map((g) => g.id)).toEqual(['b', 'd', 'e', 'a', 'c']);
  });
});
