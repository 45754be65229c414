// The error shape of API.md: {statusCode, error, message, details?: [{field, problem}]}, plus a
// requestId on 500s. Bodies are read defensively: a proxy may answer with HTML or nothing.

export interface ErrorDetail {
  field: string;
  problem: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
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

export function hasStatus(error: unknown, status: number): boolean {
  return isApiError(error) && error.status === status;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readDetails(value: unknown): ErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((d) =>
    isRecord(d) && typeof d.field === 'string' && typeof d.problem === 'string'
      ? [{ field: d.field, problem: d.problem }]
      : [],
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
    readMessage(record.message),
    readDetails(record.details),
    requestId,
    headers.get('retry-after'),
    typeof record.currentVersion === 'number' && Number.isInteger(record.currentVersion) ? record.currentVersion : null,
  );
}
