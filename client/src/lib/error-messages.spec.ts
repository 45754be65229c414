import { ApiError, apiErrorFrom } from './api-error';
import { describeError, errorTitle, isRetryable, MESSAGES } from './error-messages';

interface Headers {
  get(name: string): string | null;
}
const noHeaders: Headers = { get: () => null };
const headers = (values: Record<string, string>): Headers => ({ get: (n) => values[n.toLowerCase()] ?? null });

function failure(status: number, body: unknown = {}, h: Headers = noHeaders): ApiError {
  return apiErrorFrom(status, body, h);
}

describe('apiErrorFrom', () => {
  it('reads the error shape of docs/api.md', () => {
    const error = failure(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      details: [{ field: 'lastName', problem: 'must not be empty' }, { bad: true }],
    });
    expect(error.status).toBe(400);
    expect(error.serverMessage).toBe('Validation failed');
    expect(error.details).toEqual([{ field: 'lastName', problem: 'must not be empty' }]);
  });
  it('keeps the current version a 409 names, and nothing else', () => {
    expect(failure(409, { statusCode: 409, message: 'Changed', currentVersion: 4 }).currentVersion).toBe(4);
    expect(failure(409, { currentVersion: '4' }).currentVersion).toBeNull();
    expect(failure(400, {}).currentVersion).toBeNull();
  });
  it('takes the request id from the body, else the header', () => {
    expect(failure(500, { requestId: 'req-1' }).requestId).toBe('req-1');
    expect(failure(500, '<html>', headers({ 'x-request-id': 'req-2' })).requestId).toBe('req-2');
  });
  it('keeps Retry-After', () => {
    expect(failure(429, {}, headers({ 'retry-after': '120' })).retryAfter).toBe('120');
  });
});

describe('describeError', () => {
  it('speaks plainly about each status', () => {
    expect(describeError(failure(401))).toBe(MESSAGES.signedOut);
    expect(describeError(failure(403))).toMatch(/^You don't have permission/);
    expect(describeError(failure(404), 'client')).toMatch(/^This client was not found\./);
    expect(describeError(failure(409))).toMatch(/^This record was changed by someone else/);
    expect(describeError(failure(429))).toBe(MESSAGES.tooMany);
  });
  it('points at the fields for a validation error, or repeats the server sentence without details', () => {
    expect(describeError(failure(400, { details: [{ field: 'a', problem: 'b' }] }))).toBe(MESSAGES.invalid);
    expect(describeError(failure(400, { message: 'Discharge date is before intake' }))).toBe(
      'Discharge date is before intake',
    );
  });
  it('gives the reference of a server failure', () => {
    expect(describeError(failure(500, { requestId: 'abc-123' }))).toBe(
      'Something went wrong on our side. Reference: abc-123',
    );
    expect(describeError(failure(503))).toBe('Something went wrong on our side. Please try again in a moment.');
  });
  it('never shows a raw status or stack', () => {
    const text = describeError(failure(418, { message: 'teapot' }));
    expect(text).not.toMatch(/418|teapot/);
    expect(describeError(new Error('Cannot read properties of undefined (reading x)'))).toBe(MESSAGES.unexpected);
  });
  it('recognises a dropped connection and a missing code chunk', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toBe(MESSAGES.unreachable);
    expect(describeError(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))).toBe(
      MESSAGES.chunk,
    );
  });
});

describe('errorTitle', () => {
  it('names the kind of problem', () => {
    expect(errorTitle(failure(404), 'client')).toBe('Client not found');
    expect(errorTitle(failure(404))).toBe('Not found');
    expect(errorTitle(failure(403))).toBe('No permission');
    expect(errorTitle(failure(500))).toBe('Something went wrong');
  });
});

describe('isRetryable', () => {
  it('offers a retry only where one can help', () => {
    expect(isRetryable(failure(503))).toBe(true);
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable(failure(404))).toBe(false);
    expect(isRetryable(failure(403))).toBe(false);
    expect(isRetryable(new Error('bug'))).toBe(false);
  });
});
