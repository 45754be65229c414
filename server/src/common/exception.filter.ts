import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { TooManyAttempts } from './errors';
import { requestIdOf } from './request-context';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: { field: string; problem: string }[];
  requestId?: string;
  currentVersion?: number | null;
}

// body-parser failures arrive as plain errors with a `type`.
const BODY_ERRORS: Record<string, [number, string]> = {
  'entity.parse.failed': [400, 'The request body is not valid JSON'],
  'entity.too.large': [413, 'The request body is too large'],
  'encoding.unsupported': [415, 'The request body encoding is not supported'],
  'charset.unsupported': [415, 'The request body charset is not supported'],
  'request.aborted': [400, 'The request was aborted'],
  'parameters.too.many': [413, 'Too many parameters'],
};

// Connection-level failures mean the database is away: answer 503 fast rather than 500.
const DB_UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string; driverError?: { code?: string } } | undefined;
  if (!e) return false;
  const code = e.code ?? e.driverError?.code;
  if (code && DB_UNAVAILABLE_CODES.has(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(e.message ?? '');
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
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const body: ErrorBody = { statusCode, error: reason(statusCode), message: exception.message };
      if (typeof response === 'object' && response) {
        const r = response as { message?: unknown; details?: ErrorBody['details']; currentVersion?: number | null };
        if (typeof r.message === 'string') body.message = r.message;
        else if (Array.isArray(r.message)) body.message = r.message.join('; ');
        if (r.details) body.details = r.details;
        if (r.currentVersion !== undefined) body.currentVersion = r.currentVersion;
      }
      if (statusCode >= 500) body.requestId = requestIdOf(req);
      return body;
    }
    const bodyError = (exception as { type?: string })?.type;
    if (bodyError && BODY_ERRORS[bodyError]) {
      const [statusCode, message] = BODY_ERRORS[bodyError];
      return { statusCode, error: reason(statusCode), message };
    }
    const requestId = requestIdOf(req);
    if (isDatabaseUnavailable(exception)) {
      this.logger.error({ requestId, err: describe(exception) }, 'database unavailable');
      return { statusCode: 503, error: reason(503), message: 'The service is temporarily unavailable; please try again shortly', requestId };
    }
    // Log enough to debug, but not the driver's `detail`/`parameters`, which can hold PHI.
    this.logger.error({ requestId, err: describe(exception) }, 'unhandled error');
    return { statusCode: 500, error: reason(500), message: 'Something went wrong on our side', requestId };
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
