// Every failure the user sees goes through here, so it is said in plain words and never as a
// bare status code or a stack trace (docs/screens.md, "Error wording").
import { hasCode, isApiError, type ApiError } from './api-error';

/** What the failing request was about, so a 404 can say what was not found. */
export type ErrorSubject = 'client' | 'user' | 'page' | 'record';

export const MESSAGES = {
  signedOut: 'You were signed out. Please sign in again.',
  forbidden: "You don't have permission to do this. Ask your practice admin if you think you should.",
  conflict: 'This record was changed by someone else while you were working on it. Your text is kept; check the latest details and save again.',
  invalid: 'Some details need correcting. Please check the highlighted fields.',
  notAccepted: 'SecureBase could not accept this request. Please check what you entered and try again.',
  wrongCredentials: 'Email or password is incorrect',
  linkInvalid: 'This link is no longer valid.',
  sessionSigned: 'This session has been signed, so it can no longer be edited. Add an addendum to the signed session instead.',
  sessionNotSigned: 'This session is not signed yet, so it takes no addendum. Edit the draft instead.',
  sessionNotPending: 'This session is no longer waiting for co-signature: it was co-signed or returned meanwhile. Reload to see it now.',
  alertResolved: 'This safety alert was already resolved, so it takes no second note. Reload the page to see who resolved it.',
  emailTaken: 'This email address is already in use by another account.',
  clientDischarged: "This client has been discharged, so this can't be done for them. Reload the page to see the record now.",
  stateChanged: 'This could not be done because the record has changed. Reload the page to see it as it is now.',
  tooLarge: 'This is too large to send. Please shorten it and try again.',
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
  return requestId ? `Something went wrong on our side. Reference: ${requestId}` : 'Something went wrong on our side. Please try again in a moment.';
}

function isChunkLoadFailure(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
}

function isNetworkFailure(error: Error): boolean {
  return error.name === 'TypeError' && /fetch|network|load failed/i.test(error.message);
}

/** What the user is told for each reason a request fails; exhaustive, so a new code needs words here. */
function apiErrorMessage(error: ApiError, subject: ErrorSubject): string {
  switch (error.code) {
    case 'validation_failed':
      return error.details.length > 0 ? MESSAGES.invalid : (error.serverMessage ?? MESSAGES.invalid);
    case 'malformed_body':
    case 'unsupported_media_type':
      return MESSAGES.notAccepted;
    case 'unauthenticated':
      return MESSAGES.signedOut;
    case 'wrong_credentials':
      return MESSAGES.wrongCredentials;
    case 'forbidden':
      return MESSAGES.forbidden;
    case 'not_found':
      return NOT_FOUND[subject];
    case 'link_invalid':
      return MESSAGES.linkInvalid;
    case 'stale_version':
      return MESSAGES.conflict;
    case 'session_signed':
      return MESSAGES.sessionSigned;
    case 'session_not_signed':
      return MESSAGES.sessionNotSigned;
    case 'session_not_pending':
      return MESSAGES.sessionNotPending;
    case 'alert_resolved':
      return MESSAGES.alertResolved;
    case 'email_taken':
      return MESSAGES.emailTaken;
    case 'client_discharged':
      return MESSAGES.clientDischarged;
    case 'conflict':
      return MESSAGES.stateChanged;
    case 'payload_too_large':
      return MESSAGES.tooLarge;
    case 'throttled':
      return MESSAGES.tooMany;
    case 'internal_error':
    case 'database_unavailable':
      return serverFailureMessage(error.requestId);
  }
}

export function describeError(error: unknown, subject: ErrorSubject = 'record'): string {
  if (isApiError(error)) return apiErrorMessage(error, subject);
  if (error instanceof Error) {
    if (isChunkLoadFailure(error)) return MESSAGES.chunk;
    if (isNetworkFailure(error)) return MESSAGES.unreachable;
  }
  return MESSAGES.unexpected;
}

/** A failure of the server itself (or of what stands between), where a later try may succeed. */
export function isServerFailure(error: unknown): boolean {
  return hasCode(error, 'internal_error', 'database_unavailable');
}

/** Whether trying the same request again could help (a dropped connection, a server hiccup). */
export function isRetryable(error: unknown): boolean {
  if (isApiError(error)) return isServerFailure(error) || error.code === 'throttled';
  return error instanceof Error && (isNetworkFailure(error) || isChunkLoadFailure(error));
}

/** A short heading for an error page or alert. */
export function errorTitle(error: unknown, subject: ErrorSubject = 'record'): string {
  if (isApiError(error)) {
    switch (error.code) {
      case 'unauthenticated':
        return 'Signed out';
      case 'forbidden':
        return 'No permission';
      case 'not_found':
        return subject === 'client' ? 'Client not found' : 'Not found';
      case 'link_invalid':
        return 'Link no longer valid';
      case 'stale_version':
        return 'Changed by someone else';
      case 'session_signed':
        return 'Session already signed';
      case 'email_taken':
        return 'Email already in use';
      case 'client_discharged':
        return 'Client discharged';
      case 'validation_failed':
        return 'Some details need correcting';
      default:
        break;
    }
  }
  if (error instanceof Error && isNetworkFailure(error)) return 'Connection problem';
  return 'Something went wrong';
}
