import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { ApiError } from '../common/errors';
import type { UserRow } from '../users/dto/user.dto';
import { AuthRepository } from './auth.repository';
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
    private readonly repository: AuthRepository,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  /** Checks a sign-in; returns the user or throws 401/429. Audits both outcomes. */
  async checkCredentials(email: string, password: string, ip: string, requestId: string): Promise<UserRow> {
    const emailKey = email.trim().toLowerCase();
    await this.throttle.check(emailKey, ip);
    const row = await this.repository.credentials(emailKey);
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
    const { passwordHash: _, ...user } = row;
    return user;
  }

  /** The signed-in user, fresh from the database; null when gone or deactivated. */
  async findActiveUser(id: string): Promise<UserRow | null> {
    return (await this.repository.activeUser(id)) ?? null;
  }
}
