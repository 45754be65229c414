import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { requestIdOf } from '../common/request-context';
import type { UserRow } from '../users/dto/user.dto';
import { AuthService } from './auth.service';

/** passport-local: email + password from the (already validated) JSON body. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, email: string, password: string): Promise<UserRow> {
    return this.auth.checkCredentials(email, password, req.ip ?? 'unknown', requestIdOf(req));
  }
}
