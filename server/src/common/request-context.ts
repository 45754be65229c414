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
