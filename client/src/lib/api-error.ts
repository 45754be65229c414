// The error shape of the HTTP contract: {statusCode, code, error, message, details?: [{field, problem}]},
// plus a requestId on 500s. Bodies are read defensively: a proxy may answer with HTML or nothing.
// The browser decides what to say and do from `code` alone (shared/src/error-codes.ts); the status
// only stands in for a code when the body carries none, which only a proxy's answer should do.
import { isErrorCode, type ErrorCode } from '@securebase/shared';

export interface ErrorDetail {
  field: string;
  problem: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The stable reason the request failed; what callers switch on. */
    readonly code: ErrorCode,
    /** The server's own sentence, if it sent one; shown only where it is written for people. */
    readonly serverMessage: string | null,
    readonly details: ErrorDetail[],
    readonly requestId: string | null,
    readonly retryAfter: string | null,
    /** On a 409 for a stale `version`: the record's version now, for a deliberate second save. */
    readonly currentVersion: number | null = null,
  ) {
    super(`Request failed with status ${status}`);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Whether the request failed for one of these reasons. */
export function hasCode(error: unknown, ...codes: ErrorCode[]): error is ApiError {
  return isApiError(error) && codes.includes(error.code);
}

/**
 * The least specific code of each status, for an answer without one (a proxy's 502 page, a 413 from
 * a load balancer). Never more specific than the status says: a bare 409 is only `conflict`.
 */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'validation_failed';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'throttled';
    default:
      return status >= 400 && status < 500 ? 'malformed_body' : 'internal_error';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readDetails(value: unknown): ErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((d) =>
    isRecord(d) && typeof d.field === 'string' && typeof d.problem === 'string' ? [{ field: d.field, problem: d.problem }] : [],
  );
}

function readMessage(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (Array.isArray(value) && value.every((m) => typeof m === 'string')) return value.join('; ');
  return null;
}

/** Builds an ApiError from a failed response and whatever body it carried. */
export function apiErrorFrom(status: number, body: unknown, headers: { get(name: string): string | null }): ApiError {
  const record = isRecord(body) ? body : {};
  const requestId = (typeof record.requestId === 'string' ? record.requestId : null) ?? headers.get('x-request-id');
  return new ApiError(
    status,
    isErrorCode(record.code) ? record.code : codeForStatus(status),
    readMessage(record.message),
    readDetails(record.details),
    requestId,
    headers.get('retry-after'),
    typeof record.currentVersion === 'number' && Number.isInteger(record.currentVersion) ? record.currentVersion : null,
  );
}
