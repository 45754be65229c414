import { previewMeasure, scoreMeasure } from './score';

describe('scoreMeasure validation', () => {
  it('names the list when the number of answers is wrong', () => {
    expect(scoreMeasure('phq9', [0, 0, 0, 0, 0, 0, 0, 0])).toEqual({
      ok: false,
      errors: [{ field: 'responses', problem: 'must have 9 answers' }],
    });
    expect(scoreMeasure('gad7', [0, 0, 0, 0, 0, 0, 0, 0])).toEqual({
      ok: false,
      errors: [{ field: 'responses', problem: 'must have 7 answers' }],
    });
    expect(scoreMeasure('ecr_r', [])).toEqual({
      ok: false,
      errors: [{ field: 'responses', problem: 'must have 36 answers' }],
    });
  });

  it('names the item (by array index) when an answer is out of range', () => {
    // responses[3] is item 4
    expect(scoreMeasure('phq9', [0, 0, 0, 4, 0, 0, 0, 0, 0])).toEqual({
      ok: false,
      errors: [{ field: 'responses[3]', problem: 'must be an integer between 0 and 3' }],
    });
    expect(scoreMeasure('phq9', [-1, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({
      ok: false,
      errors: [{ field: 'responses[0]', problem: 'must be an integer between 0 and 3' }],
    });
  });

  it('uses each instrument’s own answer range', () => {
    // the ECR-RS is answered 1–7, so 0 and 8 are out and 7 is in
    expect(scoreMeasure('ecr_rs', [0, 4, 4, 4, 4, 4, 4, 4, 8])).toEqual({
      ok: false,
      errors: [
        { field: 'responses[0]', problem: 'must be an integer between 1 and 7' },
        { field: 'responses[8]', problem: 'must be an integer between 1 and 7' },
      ],
    });
    expect(scoreMeasure('ecr_rs', [7, 4, 4, 4, 4, 4, 4, 4, 7]).ok).toBe(true);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, '2', null, undefined, true])('rejects %p as an answer', (bad) => {
    const responses: unknown[] = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    responses[5] = bad;
    expect(scoreMeasure('phq9', responses)).toEqual({
      ok: false,
      errors: [{ field: 'responses[5]', problem: 'must be an integer between 0 and 3' }],
    });
  });

  it('reports every bad item at once, and the count as well', () => {
    expect(scoreMeasure('gad7', [9, 0, 'x', 0, 0, 0])).toEqual({
      ok: false,
      errors: [
        { field: 'responses', problem: 'must have 7 answers' },
        { field: 'responses[0]', problem: 'must be an integer between 0 and 3' },
        { field: 'responses[2]', problem: 'must be an integer between 0 and 3' },
      ],
    });
  });

  it.each([undefined, null, 'all zeros', { 0: 1 }])('rejects %p as the list of answers', (bad) => {
    expect(scoreMeasure('phq9', bad)).toEqual({
      ok: false,
      errors: [{ field: 'responses', problem: 'must be a list of 9 answers' }],
    });
  });

  it('rejects an unknown instrument by naming the field', () => {
    expect(scoreMeasure('beck', [0])).toEqual({
      ok: false,
      errors: [{ field: 'instrument', problem: 'must be one of phq9, gad7, rses, ecr_r, ecr_rs' }],
    });
  });
});

describe('previewMeasure', () => {
  it('lists blank items and holds back the score until the form is complete', () => {
    // items 3 and 9 blank
    expect(previewMeasure('phq9', [1, 1, null, 1, 1, 1, 1, 1, undefined])).toEqual({
      unanswered: [3, 9],
      errors: [],
      flags: [],
    });
  });

  it('treats a short draft as blanks at the end, not as a wrong count', () => {
    expect(previewMeasure('gad7', [2, 2])).toEqual({ unanswered: [3, 4, 5, 6, 7], errors: [], flags: [] });
  });

  it('shows the safety flag as soon as item 9 is answered above 0', () => {
    // only item 9 filled in so far
    const draft = [null, null, null, null, null, null, null, null, 2];
    expect(previewMeasure('phq9', draft)).toEqual({
      unanswered: [1, 2, 3, 4, 5, 6, 7, 8],
      errors: [],
      flags: ['safety_item'],
    });
  });

  it('names a bad entry while the clinician is still typing', () => {
    expect(previewMeasure('phq9', [5, null])).toEqual({
      unanswered: [2, 3, 4, 5, 6, 7, 8, 9],
      errors: [{ field: 'responses[0]', problem: 'must be an integer between 0 and 3' }],
      flags: [],
    });
  });

  it('gives the same result as scoreMeasure once complete', () => {
    const answers = [2, 1, 3, 0, 2, 1, 1, 0, 1];
    const stored = scoreMeasure('phq9', answers);
    // 2+1+3+0+2+1+1+0+1 = 11 → moderate; item 9 = 1 → safety flag
    expect(stored).toEqual({ ok: true, result: { scores: { total: 11 }, band: 'moderate', flags: ['safety_item'] } });
    expect(previewMeasure('phq9', answers)).toEqual({
      unanswered: [],
      errors: [],
      flags: ['safety_item'],
      result: { scores: { total: 11 }, band: 'moderate', flags: ['safety_item'] },
    });
  });

  it('flags a draft with too many answers', () => {
    expect(previewMeasure('gad7', [0, 0, 0, 0, 0, 0, 0, 0]).errors).toEqual([{ field: 'responses', problem: 'must have 7 answers' }]);
  });
});
