import { retryAfterMinutes, tooManyAttemptsMessage } from './sign-in-messages';

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
