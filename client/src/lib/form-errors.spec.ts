import { fieldErrorsFromDetails, formFieldOf, sentence } from './form-errors';

describe('formFieldOf', () => {
  it('maps nested and indexed paths to their form field', () => {
    expect(formFieldOf('presentingPatterns[2]')).toBe('presentingPatterns');
    expect(formFieldOf('goalRatings[0].rating')).toBe('goalRatings');
    expect(formFieldOf('lastName')).toBe('lastName');
  });
});

describe('sentence', () => {
  it('capitalises the first letter only', () => {
    expect(sentence(' must not be empty')).toBe('Must not be empty');
  });
});

describe('fieldErrorsFromDetails', () => {
  it('places problems on named fields and keeps the rest', () => {
    const result = fieldErrorsFromDetails(
      [
        { field: 'lastName', problem: 'must not be empty' },
        { field: 'lastName', problem: 'must be at most 100 characters' },
        { field: 'presentingPatterns[1]', problem: 'must be one of the presenting patterns' },
        { field: 'version', problem: 'must be an integer' },
      ],
      ['firstName', 'lastName', 'presentingPatterns'],
      { version: 'Record version' },
    );
    expect(result.byField).toEqual({
      lastName: 'Must not be empty; must be at most 100 characters',
      presentingPatterns: 'Must be one of the presenting patterns',
    });
    expect(result.other).toEqual(['Record version: must be an integer']);
  });
});
