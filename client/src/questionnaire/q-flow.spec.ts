import {
  answer,
  answerLabel,
  back,
  canGoOn,
  currentStep,
  dateOfBirth,
  digitAnswer,
  firstUnanswered,
  goTo,
  next,
  progress,
  rateGoal,
  startFlow,
  submitBody,
  type FlowInstrument,
} from './q-flow';

// Shortened instruments: the flow reads only the item count and the answer range.
const phq: FlowInstrument = {
  code: 'phq9',
  name: 'PHQ-9',
  itemCount: 3,
  min: 0,
  max: 3,
  answerLabels: ['Never', 'Some days', 'Most days', 'Almost every day'],
  itemLabels: [],
};
const ecr: FlowInstrument = {
  code: 'ecr_rs',
  name: 'ECR-RS',
  itemCount: 2,
  min: 1,
  max: 7,
  answerLabels: ['1', '2', '3', '4', '5', '6', '7'],
  itemLabels: [],
};
const goals = [{ id: 'g1', title: 'Sleep through the night' }];

describe('the questionnaire flow', () => {
  it('has one screen per question, then the goals, then the final check', () => {
    const flow = startFlow([phq, ecr], goals);
    expect(flow.steps.map((s) => s.kind)).toEqual(['item', 'item', 'item', 'item', 'item', 'goals', 'review']);
    expect(progress(flow)).toEqual({ position: 1, total: 6 });
    expect(startFlow([phq], []).steps.map((s) => s.kind)).toEqual(['item', 'item', 'item', 'review']);
  });

  it('moves on when a question is answered and keeps answers when going back', () => {
    let flow = startFlow([phq], []);
    flow = answer(flow, 2);
    flow = answer(flow, 0);
    expect(progress(flow).position).toBe(3);
    flow = back(back(flow));
    expect(currentStep(flow)).toEqual({ kind: 'item', instrument: 0, item: 0 });
    expect(flow.responses[0]).toEqual([2, 0, null]);
    // Already answered: Next moves on without answering again.
    expect(canGoOn(flow)).toBe(true);
    flow = next(next(flow));
    expect(canGoOn(flow)).toBe(false);
    expect(next(flow).at).toBe(flow.at);
  });

  it('refuses answers outside the range and digits that are not answers', () => {
    const flow = startFlow([ecr], []);
    expect(answer(flow, 0)).toBe(flow);
    expect(answer(flow, 8)).toBe(flow);
    expect(answer(flow, 1.5)).toBe(flow);
    expect(digitAnswer(flow, '0')).toBeNull();
    expect(digitAnswer(flow, '7')).toBe(7);
    expect(digitAnswer(flow, 'a')).toBeNull();
    expect(digitAnswer(startFlow([phq], []), '4')).toBeNull();
  });

  it('sends every answer and only the goals that were rated, once all questions are answered', () => {
    let flow = startFlow([phq, ecr], [...goals, { id: 'g2', title: 'Call my sister' }]);
    expect(submitBody(flow)).toBeNull();
    for (const v of [1, 2, 3]) flow = answer(flow, v);
    flow = answer(flow, 7);
    expect(firstUnanswered(flow)).toBe(4);
    flow = answer(flow, 1);
    flow = rateGoal(flow, 'g1', 6);
    flow = rateGoal(flow, 'g1', 11);
    flow = rateGoal(flow, 'unknown', 3);
    expect(submitBody(flow)).toEqual({
      measures: [
        { instrument: 'phq9', responses: [1, 2, 3] },
        { instrument: 'ecr_rs', responses: [7, 1] },
      ],
      goalRatings: [{ goalId: 'g1', rating: 6 }],
    });
    expect(submitBody(rateGoal(flow, 'g1', null))?.goalRatings).toEqual([]);
  });

  it('jumps back to a question from the final check and keeps the rest', () => {
    let flow = startFlow([phq], []);
    for (const v of [1, 1, 1]) flow = answer(flow, v);
    expect(currentStep(flow).kind).toBe('review');
    flow = answer(goTo(flow, 1), 3);
    expect(flow.responses[0]).toEqual([1, 3, 1]);
    expect(goTo(flow, 99)).toBe(flow);
  });

  it('names answers by their labels', () => {
    expect(answerLabel(phq, 1)).toBe('Some days');
    expect(answerLabel({ ...phq, answerLabels: [] }, 2)).toBe('2');
  });
});

describe('the date of birth', () => {
  const today = new Date('2026-03-02T12:00:00Z');
  it('is sent as YYYY-MM-DD', () => {
    expect(dateOfBirth('7', '3', '1985', today)).toEqual({ date: '1985-03-07' });
    expect(dateOfBirth(' 29 ', '02', '2000', today)).toEqual({ date: '2000-02-29' });
  });
  it('says what is wrong in words', () => {
    expect(dateOfBirth('', '3', '1985', today)).toHaveProperty('problem');
    expect(dateOfBirth('31', '4', '1985', today)).toEqual({ problem: 'That date does not exist. Check the day and the month.' });
    expect(dateOfBirth('29', '2', '2001', today)).toHaveProperty('problem');
    expect(dateOfBirth('1', '1', '85', today)).toHaveProperty('problem');
    expect(dateOfBirth('1', '1', '2027', today)).toEqual({ problem: 'Check the year of your date of birth.' });
  });
});
