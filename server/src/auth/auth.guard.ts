import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@securebase/shared';
import { ApiError, Forbidden } from '../common/errors';
import type { Actor } from '../common/request-context';
import { IS_PUBLIC, ROLES_KEY } from './public.decorator';

/** Global: private unless @Public(); then the route's @Roles(), if any. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const user = req.user as Actor | undefined;
    if (!user) throw new ApiError('unauthenticated', 'Sign in to continue');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw new Forbidden();
    return true;
  }
}
