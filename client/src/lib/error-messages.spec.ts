import { ERROR_CODES, type ErrorCode } from '@securebase/shared';
import { ApiError, apiErrorFrom } from './api-error';
import { describeError, errorTitle, isRetryable, MESSAGES } from './error-messages';

interface Headers {
  get(name: string): string | null;
}
const noHeaders: Headers = { get: () => null };
const headers = (values: Record<string, string>): Headers => ({ get: (n) => values[n.toLowerCase()] ?? null });

// The statuses the server pairs with each code (server/src/common/errors.ts), for building bodies.
const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_body: 400,
  unauthenticated: 401,
  wrong_credentials: 401,
  forbidden: 403,
  not_found: 404,
  link_invalid: 404,
  stale_version: 409,
  session_signed: 409,
  session_not_signed: 409,
  session_not_pending: 409,
  alert_resolved: 409,
  email_taken: 409,
  client_discharged: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  throttled: 429,
  internal_error: 500,
  database_unavailable: 503,
};

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
    expect(error.code).toBe('validation_failed');
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

describe('error codes', () => {
  it('takes the code the server sent', () => {
    expect(failure(409, { code: 'email_taken' }).code).toBe('email_taken');
    expect(failure(409, { code: 'session_signed' }).code).toBe('session_signed');
    expect(failure(401, { code: 'wrong_credentials' }).code).toBe('wrong_credentials');
  });
  it('stands in the least specific code of the status when the body has none or an unknown one', () => {
    expect(failure(409, {}).code).toBe('conflict');
    expect(failure(409, { code: 'something_new' }).code).toBe('conflict');
    expect(failure(502, '<html>Bad gateway</html>').code).toBe('internal_error');
    expect(failure(413, '').code).toBe('payload_too_large');
    expect(failure(418, {}).code).toBe('malformed_body');
  });
  it('gives every code words of its own choosing, never a status number', () => {
    for (const code of ERROR_CODES) {
      const text = describeError(new ApiError(STATUS[code], code, null, [], null, null));
      expect(text).toBeTruthy();
      expect(text).not.toMatch(/\b[45]\d\d\b/);
    }
  });
});

describe('describeError', () => {
  it('speaks plainly about each code', () => {
    expect(describeError(failure(401, { code: 'unauthenticated' }))).toBe(MESSAGES.signedOut);
    expect(describeError(failure(401, { code: 'wrong_credentials' }))).toBe(MESSAGES.wrongCredentials);
    expect(describeError(failure(403, { code: 'forbidden' }))).toMatch(/^You don't have permission/);
    expect(describeError(failure(404, { code: 'not_found' }), 'client')).toMatch(/^This client was not found\./);
    expect(describeError(failure(409, { code: 'stale_version' }))).toMatch(/^This record was changed by someone else/);
    expect(describeError(failure(429, { code: 'throttled' }))).toBe(MESSAGES.tooMany);
  });
  it('tells a taken email, a signed session and a stale version apart, though all are 409', () => {
    const said = (['email_taken', 'session_signed', 'stale_version', 'client_discharged'] as const).map((code) =>
      describeError(failure(409, { code })),
    );
    expect(new Set(said).size).toBe(said.length);
    expect(describeError(failure(409, { code: 'email_taken' }))).toMatch(/email address is already in use/);
    expect(describeError(failure(409, { code: 'email_taken' }))).not.toMatch(/changed by someone else/);
    expect(describeError(failure(409, { code: 'session_signed' }))).toMatch(/addendum/);
  });
  it('points at the fields for a validation error, or repeats the server sentence without details', () => {
    expect(describeError(failure(400, { code: 'validation_failed', details: [{ field: 'a', problem: 'b' }] }))).toBe(MESSAGES.invalid);
    expect(describeError(failure(400, { code: 'validation_failed', message: 'Discharge date is before intake' }))).toBe(
      'Discharge date is before intake',
    );
  });
  it('gives the reference of a server failure', () => {
    expect(describeError(failure(500, { code: 'internal_error', requestId: 'abc-123' }))).toBe(
      'Something went wrong on our side. Reference: abc-123',
    );
    expect(describeError(failure(503, { code: 'database_unavailable' }))).toBe('Something went wrong on our side. Please try again in a moment.');
  });
  it('never shows a raw status or stack', () => {
    const text = describeError(failure(418, { message: 'teapot' }));
    expect(text).not.toMatch(/418|teapot/);
    expect(describeError(new Error('Cannot read properties of undefined (reading x)'))).toBe(MESSAGES.unexpected);
  });
  it('recognises a dropped connection and a missing code chunk', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toBe(MESSAGES.unreachable);
    expect(describeError(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))).toBe(MESSAGES.chunk);
  });
});

describe('errorTitle', () => {
  it('names the kind of problem', () => {
    expect(errorTitle(failure(404, { code: 'not_found' }), 'client')).toBe('Client not found');
    expect(errorTitle(failure(404, { code: 'not_found' }))).toBe('Not found');
    expect(errorTitle(failure(403, { code: 'forbidden' }))).toBe('No permission');
    expect(errorTitle(failure(409, { code: 'stale_version' }))).toBe('Changed by someone else');
    expect(errorTitle(failure(409, { code: 'email_taken' }))).toBe('Email already in use');
    expect(errorTitle(failure(500, { code: 'internal_error' }))).toBe('Something went wrong');
  });
});

describe('isRetryable', () => {
  it('offers a retry only where one can help', () => {
    expect(isRetryable(failure(503, { code: 'database_unavailable' }))).toBe(true);
    expect(isRetryable(failure(502, '<html>'))).toBe(true);
    expect(isRetryable(failure(429, { code: 'throttled' }))).toBe(true);
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable(failure(404, { code: 'not_found' }))).toBe(false);
    expect(isRetryable(failure(403, { code: 'forbidden' }))).toBe(false);
    expect(isRetryable(failure(409, { code: 'email_taken' }))).toBe(false);
    expect(isRetryable(new Error('bug'))).toBe(false);
  });
});
