// What the sign-in page says when POST /api/auth/login fails.
import { isApiError } from '../../lib/api-error';
import { describeError } from '../../lib/error-messages';

/** Wrong credentials and everything else read as anywhere; being throttled also says for how long. */
export function signInProblem(error: unknown): string {
  if (isApiError(error) && error.code === 'throttled') return tooManyAttemptsMessage(retryAfterMinutes(error.retryAfter));
  return describeError(error);
}

/**
 * Minutes to wait, from a Retry-After header (seconds, or an HTTP date), rounded up so the
 * user is never told to come back too early. Unreadable or missing: null.
 */
export function retryAfterMinutes(header: string | null, now: Date = new Date()): number | null {
  if (!header) return null;
  const value = header.trim();
  let seconds: number;
  if (/^\d+$/.test(value)) {
    seconds = Number(value);
  } else {
    const until = Date.parse(value);
    if (Number.isNaN(until)) return null;
    seconds = (until - now.getTime()) / 1000;
  }
  return Math.max(1, Math.ceil(seconds / 60));
}

export function tooManyAttemptsMessage(minutes: number | null): string {
  if (minutes === null) return 'Too many attempts, try again in a few minutes';
  return `Too many attempts, try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
