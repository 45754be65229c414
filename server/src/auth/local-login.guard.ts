import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { createValidationPipe } from '../common/validation';
import { LoginDto } from './dto/login.dto';

/**
 * Validates the body (400 naming the field) before passport-local checks the credentials,
 * then starts the session; passport regenerates the session id on sign-in.
 */
@Injectable()
export class LocalLoginGuard extends AuthGuard('local') {
  private readonly pipe = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    req.body = await this.pipe.transform(req.body, { type: 'body', metatype: LoginDto });
    const ok = (await super.canActivate(context)) as boolean;
    await super.logIn(req);
    return ok;
  }
}
