import { apiErrorFrom } from './api-error';
import { shouldRetry } from './query-client';

const failure = (status: number, code?: string) => apiErrorFrom(status, code ? { code } : {}, { get: () => null });

describe('shouldRetry', () => {
  it('retries a server failure or a dropped connection once', () => {
    expect(shouldRetry(0, failure(503, 'database_unavailable'))).toBe(true);
    expect(shouldRetry(0, failure(502))).toBe(true);
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(1, failure(503, 'database_unavailable'))).toBe(false);
  });
  it('does not retry answers that will not change', () => {
    expect(shouldRetry(0, failure(401, 'unauthenticated'))).toBe(false);
    expect(shouldRetry(0, failure(404, 'not_found'))).toBe(false);
    expect(shouldRetry(0, failure(409, 'stale_version'))).toBe(false);
  });
});
