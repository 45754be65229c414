import { ApiError } from './api-error';
import { shouldRetry } from './query-client';

const failure = (status: number) => new ApiError(status, null, [], null, null);

describe('shouldRetry', () => {
  it('retries a server failure or a dropped connection once', () => {
    expect(shouldRetry(0, failure(503))).toBe(true);
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(1, failure(503))).toBe(false);
  });
  it('does not retry answers that will not change', () => {
    expect(shouldRetry(0, failure(401))).toBe(false);
    expect(shouldRetry(0, failure(404))).toBe(false);
    expect(shouldRetry(0, failure(409))).toBe(false);
  });
});
