import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { defer, lastValueFrom, Observable } from 'rxjs';
import { contextOf } from '../common/request-context';
import { AuditService } from './audit.service';
import { AUDITED, AuditSpec } from './audited';

/** Runs every route declared `@Audited` under its declaration (audited.ts); other routes pass untouched. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<AuditSpec | undefined>(AUDITED, context.getHandler());
    if (!spec || context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    // Taken before the handler runs: signing out removes the user from the request.
    const ctx = contextOf(req);
    const request = { params: req.params as Record<string, string>, body: req.body as unknown, query: req.query as Record<string, unknown> };
    // next.handle() is called inside the audit scope, so the handler and the services it calls see it.
    return defer(() => this.audit.around(spec, ctx, request, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
