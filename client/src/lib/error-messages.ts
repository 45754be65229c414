// Every failure the user sees goes through here, so it is said in plain words and never as a
// bare status code or a stack trace (docs/screens.md, "Error wording").
import { isApiError } from './api-error';

/** What the failing request was about, so a 404 can say what was not found. */
export type ErrorSubject = 'client' | 'user' | 'page' | 'record';

export const MESSAGES = {
  signedOut: 'You were signed out. Please sign in again.',
  forbidden: "You don't have permission to do this. Ask your practice admin if you think you should.",
  conflict:
    'This record was changed by someone else while you were working on it. Your text is kept; check the latest details and save again.',
  invalid: 'Some details need correcting. Please check the highlighted fields.',
  tooMany: 'Too many attempts. Please wait a few minutes and try again.',
  unreachable: 'SecureBase could not be reached. Check your connection and try again.',
  chunk: 'Part of SecureBase could not be loaded, perhaps because it was just updated. Reload the page to continue.',
  unexpected: 'Something unexpected happened on this page. Reload the page to try again.',
} as const;

const NOT_FOUND: Record<ErrorSubject, string> = {
  client: 'This client was not found. The link may be wrong, or the record is not on your caseload.',
  user: 'This user account was not found.',
  page: 'This page was not found.',
  record: 'This record was not found.',
};

export function serverFailureMessage(requestId: string | null): string {
  return requestId
    ? `Something went wrong on our side. Reference: ${requestId}`
    : 'Something went wrong on our side. Please try again in a moment.';
}

function isChunkLoadFailure(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
}

function isNetworkFailure(error: Error): boolean {
  return error.name === 'TypeError' && /fetch|network|load failed/i.test(error.message);
}

export function describeError(error: unknown, subject: ErrorSubject = 'record'): string {
  if (isApiError(error)) {
    const { status } = error;
    if (status === 400) return error.details.length > 0 ? MESSAGES.invalid : (error.serverMessage ?? MESSAGES.invalid);
    if (status === 401) return MESSAGES.signedOut;
    if (status === 403) return MESSAGES.forbidden;
    if (status === 404) return NOT_FOUND[subject];
    if (status === 409) return MESSAGES.conflict;
    if (status === 429) return MESSAGES.tooMany;
    if (status >= 500) return serverFailureMessage(error.requestId);
    return 'SecureBase could not accept this request. Please check what you entered and try again.';
  }
  if (error instanceof Error) {
    if (isChunkLoadFailure(error)) return MESSAGES.chunk;
    if (isNetworkFailure(error)) return MESSAGES.unreachable;
  }
  return MESSAGES.unexpected;
}

/** Whether trying the same request again could help (a dropped connection, a server hiccup). */
export function isRetryable(error: unknown): boolean {
  if (isApiError(error)) return error.status >= 500 || error.status === 429;
  return error instanceof Error && (isNetworkFailure(error) || isChunkLoadFailure(error));
}

/** A short heading for an error page or alert. */
export function errorTitle(error: unknown, subject: ErrorSubject = 'record'): string {
  if (isApiError(error)) {
    if (error.status === 401) return 'Signed out';
    if (error.status === 403) return 'No permission';
    if (error.status === 404) return subject === 'client' ? 'Client not found' : 'Not found';
    if (error.status === 409) return 'Changed by someone else';
    if (error.status === 400) return 'Some details need correcting';
  }
  if (error instanceof Error && isNetworkFailure(error)) return 'Connection problem';
  return 'Something went wrong';
}
