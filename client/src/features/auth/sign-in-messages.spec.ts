import { apiErrorFrom } from '../../lib/api-error';
import { retryAfterMinutes, signInProblem, tooManyAttemptsMessage } from './sign-in-messages';

describe('retryAfterMinutes', () => {
  it('rounds seconds up to whole minutes', () => {
    expect(retryAfterMinutes('900')).toBe(15);
    expect(retryAfterMinutes('61')).toBe(2);
    expect(retryAfterMinutes('5')).toBe(1);
    expect(retryAfterMinutes('0')).toBe(1);
  });
  it('reads an HTTP date', () => {
    const now = new Date('2026-03-02T15:00:00Z');
    expect(retryAfterMinutes('Mon, 02 Mar 2026 15:10:00 GMT', now)).toBe(10);
  });
  it('gives null when there is nothing to read', () => {
    expect(retryAfterMinutes(null)).toBeNull();
    expect(retryAfterMinutes('soon')).toBeNull();
  });
});

describe('tooManyAttemptsMessage', () => {
  it('says how long to wait', () => {
    expect(tooManyAttemptsMessage(15)).toBe('Too many attempts, try again in 15 minutes');
    expect(tooManyAttemptsMessage(1)).toBe('Too many attempts, try again in 1 minute');
    expect(tooManyAttemptsMessage(null)).toBe('Too many attempts, try again in a few minutes');
  });
});

describe('signInProblem', () => {
  const failed = (status: number, body: unknown, retryAfter: string | null = null) =>
    apiErrorFrom(status, body, { get: (name) => (name === 'retry-after' ? retryAfter : null) });

  it('says the credentials were wrong only for wrong_credentials', () => {
    expect(signInProblem(failed(401, { code: 'wrong_credentials' }))).toBe('Email or password is incorrect');
    // A 401 for any other reason is not a verdict on what was typed.
    expect(signInProblem(failed(401, { code: 'unauthenticated' }))).not.toBe('Email or password is incorrect');
  });
  it('says how long to wait when throttled', () => {
    expect(signInProblem(failed(429, { code: 'throttled' }, '120'))).toBe('Too many attempts, try again in 2 minutes');
  });
  it('falls back to the plain words for everything else', () => {
    expect(signInProblem(failed(503, { code: 'database_unavailable' }))).toMatch(/^Something went wrong on our side/);
  });
});
