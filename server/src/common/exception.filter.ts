import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ErrorCode } from '@securebase/shared';
import type { Request, Response } from 'express';
import { ApiError, DatabaseUnavailable, InvalidInput, statusOf, TooManyAttempts } from './errors';
import { MAX_DEPTH, RawBodyProblem } from './request-shape';
import { requestIdOf } from './request-context';

/** The error body of docs/api.md, "Errors"; `code` is always present. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  code: ErrorCode;
  message: string;
  details?: { field: string; problem: string }[];
  requestId?: string;
  currentVersion?: number | null;
  /** A questionnaire link's wrong date of birth: tries left before it locks. */
  attemptsLeft?: number;
}

// body-parser failures arrive as plain errors with a `type`.
const BODY_ERRORS: Record<string, [ErrorCode, string]> = {
  'entity.parse.failed': ['malformed_body', 'The request body is not valid JSON'],
  'entity.invalid.utf8': ['malformed_body', 'The request body is not valid UTF-8'],
  'entity.too.large': ['payload_too_large', 'The request body is too large'],
  'encoding.unsupported': ['unsupported_media_type', 'The request body encoding is not supported'],
  'charset.unsupported': ['unsupported_media_type', 'The request body charset is not supported'],
  'request.aborted': ['malformed_body', 'The request was aborted'],
  'parameters.too.many': ['payload_too_large', 'Too many parameters'],
};

// Nest's own exceptions (an unknown route, a pipe of its own) carry a status but no code.
const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'throttled',
  503: 'database_unavailable',
};

// Connection-level failures and client-side time-outs mean the database is away or frozen: a fast 503.
// 57014 is a statement cancelled by statement_timeout (docs/security.md, "A frozen database").
const DB_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57014',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);
const DB_UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Query read timeout|Client was closed and is not queryable|Client has encountered a connection error/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string; driverError?: { code?: string; message?: string } } | undefined;
  if (!e) return false;
  if (e instanceof DatabaseUnavailable) return true;
  const code = e.code ?? e.driverError?.code;
  if (code && DB_UNAVAILABLE_CODES.has(code)) return true;
  return DB_UNAVAILABLE_MESSAGES.test(e.message ?? '') || DB_UNAVAILABLE_MESSAGES.test(e.driverError?.message ?? '');
}

/** The one place errors become the JSON shape of docs/api.md. Nothing internal (stack, SQL) leaves. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const body = this.toBody(exception, req);
    if (res.headersSent) return;
    if (exception instanceof TooManyAttempts) res.setHeader('Retry-After', String(exception.retryAfterSeconds));
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, req: Request): ErrorBody {
    // Nest wraps body-parser's http-errors in an HttpException; what went wrong is in its cause.
    const cause = exception instanceof HttpException ? exception.cause : undefined;
    const bodyProblem = (cause ?? exception) as { type?: string } | undefined;
    if (bodyProblem instanceof RawBodyProblem && bodyProblem.type === 'entity.too.deep') {
      return this.toBody(new InvalidInput([{ field: bodyProblem.field, problem: `must not nest deeper than ${MAX_DEPTH} levels` }]), req);
    }
    if (bodyProblem?.type && BODY_ERRORS[bodyProblem.type]) {
      const [code, message] = BODY_ERRORS[bodyProblem.type];
      return { statusCode: statusOf(code), error: reason(statusOf(code)), code, message };
    }
    if (exception instanceof HttpException && !(exception instanceof DatabaseUnavailable)) {
      const statusCode = exception.getStatus();
      const code =
        exception instanceof ApiError ? exception.code : (CODE_OF_STATUS[statusCode] ?? (statusCode >= 500 ? 'internal_error' : 'conflict'));
      const body: ErrorBody = { statusCode, error: reason(statusCode), code, message: exception.message };
      const response = exception.getResponse();
      if (typeof response === 'object' && response) {
        const r = response as { message?: unknown; details?: ErrorBody['details']; currentVersion?: number | null; attemptsLeft?: number };
        if (typeof r.message === 'string') body.message = r.message;
        else if (Array.isArray(r.message)) body.message = r.message.join('; ');
        if (r.details) body.details = r.details;
        if (r.currentVersion !== undefined) body.currentVersion = r.currentVersion;
        if (r.attemptsLeft !== undefined) body.attemptsLeft = r.attemptsLeft;
      }
      if (statusCode >= 500) body.requestId = requestIdOf(req);
      return body;
    }
    const requestId = requestIdOf(req);
    if (isDatabaseUnavailable(exception)) {
      // A warning, not an error: the code is right, the database is away; health checks say so too.
      this.logger.warn({ requestId, err: describe(exception) }, 'database unavailable');
      const unavailable = new DatabaseUnavailable();
      return { statusCode: 503, error: reason(503), code: unavailable.code, message: unavailable.message, requestId };
    }
    // Log enough to debug, but not the driver's `detail`/`parameters`, which can hold PHI.
    this.logger.error({ requestId, err: describe(exception) }, 'unhandled error');
    return { statusCode: 500, error: reason(500), code: 'internal_error', message: 'Something went wrong on our side', requestId };
  }
}

function describe(err: unknown): Record<string, unknown> {
  const e = err as { name?: string; code?: string; stack?: string; driverError?: { code?: string } };
  return { name: e?.name, code: e?.code ?? e?.driverError?.code, stack: e?.stack?.split('\n').slice(0, 8).join('\n') };
}

function reason(status: number): string {
  const names: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
  };
  return names[status] ?? HttpStatus[status]?.replace(/_/g, ' ').toLowerCase() ?? 'Error';
}
