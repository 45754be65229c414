import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorCode } from '@securebase/shared';

export interface FieldProblem {
  field: string;
  problem: string;
}

/**
 * An HTTP error with its stable code (docs/api.md, "Errors"). The status comes from the one
 * code → status table in exception.filter.ts, so a code can never travel with two statuses.
 */
export class ApiError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super({ message, ...extra }, statusOf(code));
  }
}

/** 400 with the fields named; the one shape every validation failure takes. */
export class InvalidInput extends ApiError {
  constructor(
    readonly details: FieldProblem[],
    message = 'The request has invalid fields',
  ) {
    super('validation_failed', message, { details });
  }
}

/** Out of scope and nonexistent look the same (docs/api.md, "Out of scope is 404"). */
export class NotFound extends ApiError {
  constructor(what = 'Record') {
    super('not_found', `${what} not found`);
  }
}

export class Forbidden extends ApiError {
  constructor(message = 'Your role does not allow this') {
    super('forbidden', message);
  }
}

/** Optimistic-lock failure; carries the version now stored so the client can reconcile. */
export class StaleVersion extends ApiError {
  constructor(currentVersion: number | null, message = 'This record was changed by someone else') {
    super('stale_version', message, { currentVersion });
  }
}

/** A 409 that is not a stale version: the record's state forbids the change (`session_signed`, `email_taken`, …). */
export class Conflict extends ApiError {
  constructor(
    code: Extract<
      ErrorCode,
      'session_signed' | 'session_not_signed' | 'session_not_pending' | 'email_taken' | 'client_discharged' | 'alert_resolved' | 'conflict'
    >,
    message: string,
  ) {
    super(code, message);
  }
}

/** 429 with Retry-After (seconds), set by the exception filter. */
export class TooManyAttempts extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    super('throttled', 'Too many sign-in attempts; try again later');
  }
}

/** The database did not answer in time or refused the connection: a fast 503, never a hang or a 500. */
export class DatabaseUnavailable extends ApiError {
  constructor() {
    super('database_unavailable', 'The service is temporarily unavailable; please try again shortly');
  }
}

/** The one code → status table (exhaustive: adding a code to shared/src/error-codes.ts without a status fails to compile). */
export const STATUS_OF_CODE: Record<ErrorCode, HttpStatus> = {
  validation_failed: HttpStatus.BAD_REQUEST,
  malformed_body: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  wrong_credentials: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  link_invalid: HttpStatus.NOT_FOUND,
  stale_version: HttpStatus.CONFLICT,
  session_signed: HttpStatus.CONFLICT,
  session_not_signed: HttpStatus.CONFLICT,
  session_not_pending: HttpStatus.CONFLICT,
  email_taken: HttpStatus.CONFLICT,
  client_discharged: HttpStatus.CONFLICT,
  alert_resolved: HttpStatus.CONFLICT,
  conflict: HttpStatus.CONFLICT,
  payload_too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported_media_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  throttled: HttpStatus.TOO_MANY_REQUESTS,
  internal_error: HttpStatus.INTERNAL_SERVER_ERROR,
  database_unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

export function statusOf(code: ErrorCode): HttpStatus {
  return STATUS_OF_CODE[code];
}
