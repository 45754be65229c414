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

  deserializeUser(payload: SessionUser | UserRow, done: (err: unknown, user: UserRow | false) => void): void {
    // The session store already joined the current user row (PgSessionStore.get); only a session
    // written before that (or by another store) needs the lookup.
    if ('role' in payload && 'practiceName' in payload) return done(null, payload.active ? payload : false);
    this.auth.findActiveUser(payload.id).then(
      (user) => done(null, user ?? false),
      (err) => done(err, false),
    );
  }
}
