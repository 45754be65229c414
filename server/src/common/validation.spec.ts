import { ValidationError } from '@nestjs/common';
import { flattenValidationErrors } from './validation';

const err = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError =>
  ({ property, constraints, children }) as ValidationError;

describe('flattenValidationErrors', () => {
  it('names nested and array fields with dots and brackets', () => {
    const tree = [
      err('goalRatings', undefined, [err('0', undefined, [err('rating', { max: 'must be between 0 and 10' })])]),
      err('startedAt', { isDate: 'must be a date' }),
      err('extra', { whitelistValidation: 'property extra should not exist' }),
    ];
    expect(flattenValidationErrors(tree)).toEqual([
      { field: 'goalRatings[0].rating', problem: 'must be between 0 and 10' },
      { field: 'startedAt', problem: 'must be a date' },
      { field: 'extra', problem: 'is not an allowed field' },
    ]);
  });

  it('calls a body-level problem "body"', () => {
    expect(flattenValidationErrors([err('', { unknownValue: 'an unknown value was passed' })])).toEqual([
      { field: 'body', problem: 'an unknown value was passed' },
    ]);
  });
});
