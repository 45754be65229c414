import { Injectable } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';
import type { UserRow } from '../users/dto/user.dto';
import { AuthService } from './auth.service';

interface SessionUser {
  id: string;
  practiceId: string;
}

/** The session holds only ids; each request reloads the user, so deactivation bites at once. */
@Injectable()
export class SessionSerializer extends PassportSerializer {
  constructor(private readonly auth: AuthService) {
    super();
  }

  serializeUser(user: UserRow, done: (err: unknown, user: SessionUser) => void): void {
    done(null, { id: user.id, practiceId: user.practiceId });
  }

  deserializeUser(payload: SessionUser, done: (err: unknown, user: UserRow | false) => void): void {
    this.auth.findActiveUser(payload.id).then((user) => done(null, user ?? false), (err) => done(err, false));
  }
}
