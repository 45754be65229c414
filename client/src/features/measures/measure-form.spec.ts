import {
  answersFor,
  hasTyped,
  itemErrorIndexes,
  measureErrorsFromDetails,
  newMeasureForm,
  toMeasureBody,
  unansweredSentence,
  validateMeasureForm,
  withAnswer,
  withPastedAnswers,
  type MeasureFormValues,
} from './measure-form';

const TODAY = '2026-03-02';

describe('measure form', () => {
  it('starts with today and nothing chosen', () => {
    expect(newMeasureForm(TODAY)).toEqual({ instrument: null, administeredOn: TODAY, sessionId: null, answers: {} });
  });

  it('keeps one answer list per instrument, sized to its items', () => {
    let v: MeasureFormValues = { ...newMeasureForm(TODAY), instrument: 'phq9' };
    expect(answersFor(v, 'phq9')).toEqual(Array(9).fill(null));
    v = withAnswer(v, 0, 2);
    v = withAnswer(v, 8, 1);
    v = withAnswer(v, 9, 3); // past the last item: ignored
    expect(answersFor(v, 'phq9')).toEqual([2, null, null, null, null, null, null, null, 1]);
    // Another instrument keeps its own answers, and the first ones come back.
    v = withAnswer({ ...v, instrument: 'gad7' }, 0, 3);
    expect(answersFor(v, 'gad7')).toEqual([3, null, null, null, null, null, null]);
    expect(answersFor({ ...v, instrument: 'phq9' }, 'phq9')[8]).toBe(1);
    expect(answersFor(v, 'ecr_r')).toHaveLength(36);
  });

  it('fills a pasted run from an item on, cut at the last item', () => {
    const v = withPastedAnswers({ ...newMeasureForm(TODAY), instrument: 'gad7' }, 4, [1, 2, 3, 0, 1]);
    expect(answersFor(v, 'gad7')).toEqual([null, null, null, null, 1, 2, 3]);
  });

  it('finds blank items, a missing instrument and a future date before sending', () => {
    expect(validateMeasureForm(newMeasureForm(TODAY), TODAY)).toEqual({ instrument: 'Choose the questionnaire' });
    const v = withAnswer({ ...newMeasureForm('2026-03-03'), instrument: 'ecr_rs' }, 0, 4);
    const errors = validateMeasureForm(v, TODAY);
    expect(errors.administeredOn).toBe('Must not be in the future');
    expect(errors['responses[0]']).toBeUndefined();
    expect(errors['responses[1]']).toBe('Not answered');
    expect(errors.responses).toBe('Items 2, 3, 4, 5, 6, 7, 8 and 9 are not answered.');
    expect(validateMeasureForm({ ...v, administeredOn: '2026-02-30' }, TODAY).administeredOn).toBe('Enter the date it was filled in');
  });

  it('says which items are blank, shortly', () => {
    expect(unansweredSentence([4])).toBe('Item 4 is not answered.');
    expect(unansweredSentence([3, 7])).toBe('Items 3 and 7 are not answered.');
    expect(unansweredSentence([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe('Items 1, 2, 3, 4, 5, 6, 7, 8 and 2 more are not answered.');
  });

  it('builds the API body from the chosen instrument only', () => {
    let v: MeasureFormValues = { ...newMeasureForm(TODAY), instrument: 'gad7' };
    v = withPastedAnswers(v, 0, [1, 2, 3, 0, 1, 2, 3]);
    v = withAnswer({ ...v, instrument: 'phq9' }, 0, 1);
    v = { ...v, instrument: 'gad7' };
    expect(validateMeasureForm(v, TODAY)).toEqual({});
    expect(toMeasureBody(v)).toEqual({ instrument: 'gad7', administeredOn: TODAY, responses: [1, 2, 3, 0, 1, 2, 3] });
    expect(toMeasureBody({ ...v, sessionId: 's1' })).toMatchObject({ sessionId: 's1' });
    expect(() => toMeasureBody({ ...v, instrument: 'phq9' })).toThrow();
  });

  it('puts the server’s details beside the item they name (responses[3] is item 4)', () => {
    const { byField, other } = measureErrorsFromDetails([
      { field: 'responses[3]', problem: 'must be an integer between 0 and 3' },
      { field: 'responses', problem: 'must have 9 answers' },
      { field: 'administeredOn', problem: 'must not be in the future' },
      { field: 'sessionId', problem: "must be one of this client's sessions" },
      { field: 'somethingElse', problem: 'is odd' },
    ]);
    expect(byField).toEqual({
      'responses[3]': 'Must be an integer between 0 and 3',
      responses: 'Must have 9 answers',
      administeredOn: 'Must not be in the future',
      sessionId: "Must be one of this client's sessions",
    });
    expect(other).toEqual(['somethingElse: is odd']);
    expect(itemErrorIndexes({ 'responses[10]': 'x', 'responses[3]': 'y', responses: 'z' })).toEqual([3, 10]);
  });

  it('keeps a draft only once something was typed', () => {
    const start = newMeasureForm(TODAY);
    expect(hasTyped({ ...start, instrument: 'phq9' }, start)).toBe(false);
    expect(hasTyped(withAnswer({ ...start, instrument: 'phq9' }, 0, 0), start)).toBe(true);
    expect(hasTyped({ ...start, administeredOn: '2026-02-27' }, start)).toBe(true);
    expect(hasTyped({ ...start, sessionId: 's1' }, start)).toBe(true);
  });
});
