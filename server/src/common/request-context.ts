import { AsyncLocalStorage } from 'node:async_hooks';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from '@securebase/shared';

/** The signed-in user as every service sees it. */
export interface Actor {
  id: string;
  practiceId: string;
  role: Role;
}

/** Who is asking, from where: passed explicitly to services for access checks and audit. */
export interface RequestContext {
  actor: Actor;
  ip: string | null;
  requestId: string;
}

export function requestIdOf(req: Request): string {
  return (req as Request & { id?: string }).id ?? 'unknown';
}

export function contextOf(req: Request): RequestContext {
  const user = req.user as Actor | undefined;
  if (!user) throw new Error('contextOf called on an unauthenticated request');
  return { actor: { id: user.id, practiceId: user.practiceId, role: user.role }, ip: req.ip ?? null, requestId: requestIdOf(req) };
}

/** `@Ctx() ctx: RequestContext` in a controller method. */
export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext) => contextOf(host.switchToHttp().getRequest()));

/**
 * Facts a request gathers inside its handler that code running afterwards needs: the audit event
 * names the client the access check resolved. The audit (audit/audited.ts) enters a scope for
 * each route declared `@Audited`; elsewhere there is none and nothing is noted.
 */
export interface RequestScope {
  /** The client the request is about, as AccessService resolved it (null until it has). */
  checkedClientId: string | null;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** Called by AccessService once the request's client is resolved and allowed. */
export function noteCheckedClient(clientId: string): void {
  const scope = requestScope.getStore();
  if (scope) scope.checkedClientId = clientId;
}
