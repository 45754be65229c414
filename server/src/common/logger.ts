import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'securebase' },
    // Belt and braces: these keys never carry PHI into the log even if a caller slips.
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password', 'body', '*.body'], remove: true },
  });
}

const NEST_STARTUP_CONTEXTS = new Set(['RouterExplorer', 'RoutesResolver', 'InstanceLoader', 'NestFactory']);

/** Routes NestJS's own log lines into the same structured JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, context?: string) {
    // Nest's start-up chatter (one line per route and module) is for debugging, not the console.
    if (context && NEST_STARTUP_CONTEXTS.has(context)) this.pino.debug({ context }, String(message));
    else this.pino.info({ context }, String(message));
  }
  error(message: unknown, ...rest: unknown[]) {
    const context = rest.find((r) => typeof r === 'string');
    if (typeof message === 'object' && message) this.pino.error({ context, ...(message as object) }, (rest[0] as string) ?? 'error');
    else this.pino.error({ context }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.pino.trace({ context }, String(message));
  }
}
