import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ApiError } from '../common/errors';
import { USER_DTO_SQL, UserRow } from '../users/dto/user.dto';
import { LoginThrottle } from './login-throttle';
import { timingDummyHash, verifyPassword } from './passwords';

export class WrongCredentials extends ApiError {
  constructor() {
    // The same answer for an unknown email, a wrong password and a deactivated account.
    super('wrong_credentials', 'Email or password is incorrect');
  }
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  /** Checks a sign-in; returns the user or throws 401/429. Audits both outcomes. */
  async checkCredentials(email: string, password: string, ip: string, requestId: string): Promise<UserRow> {
    const emailKey = email.trim().toLowerCase();
    await this.throttle.check(emailKey, ip);
    const [row] = await this.db.query(
      `SELECT ${USER_DTO_SQL}, u.password_hash AS "passwordHash"
         FROM app_user u JOIN practice p ON p.id = u.practice_id WHERE u.email = $1`,
      [emailKey],
    );
    const ok = await verifyPassword(row?.passwordHash ?? (await timingDummyHash()), password);
    if (!row || !ok || !row.active) {
      await this.throttle.recordFailure(emailKey, ip);
      await this.audit.recordAnonymous({
        action: 'login_failed',
        practiceId: row?.practiceId ?? null,
        actorId: row?.id ?? null,
        entityType: 'user',
        entityId: row?.id ?? null,
        outcome: 'failure',
        ip,
        requestId,
      });
      throw new WrongCredentials();
    }
    await this.throttle.clear(emailKey, ip);
    delete row.passwordHash;
    return row as UserRow;
  }

  /** The signed-in user, fresh from the database; null when gone or deactivated. */
  async findActiveUser(id: string): Promise<UserRow | null> {
    const [row] = await this.db.query(
      `SELECT ${USER_DTO_SQL} FROM app_user u JOIN practice p ON p.id = u.practice_id WHERE u.id = $1 AND u.active`,
      [id],
    );
    return row ?? null;
  }
}
