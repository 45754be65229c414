/**
 * Every error body the API sends carries one of these codes (docs/api.md, "Errors").
 * The server maps each code to its HTTP status in one table (server/src/common/exception.filter.ts);
 * the browser switches on the code, never on the message text, which may be reworded.
 * Codes are part of the contract: add freely, never rename or remove one.
 */
export const ERROR_CODES = [
  // 400
  'validation_failed',
  'malformed_body',
  // 401
  'unauthenticated',
  'wrong_credentials',
  // 403
  'forbidden',
  // 404
  'not_found',
  'link_invalid',
  // 409
  'stale_version',
  'session_signed',
  'session_not_signed',
  'session_not_pending',
  'email_taken',
  'client_discharged',
  'alert_resolved',
  'conflict',
  // 413, 415
  'payload_too_large',
  'unsupported_media_type',
  // 429
  'throttled',
  // 500, 503
  'internal_error',
  'database_unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
