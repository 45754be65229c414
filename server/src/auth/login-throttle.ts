import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { TooManyAttempts } from '../common/errors';
import { AuthRepository } from './auth.repository';

// Failures are counted per (email, IP): an attacker elsewhere cannot lock a real user out, and
// a lock lasts at most WINDOW. A looser per-IP limit stops one address spraying many accounts.
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT_AND_IP = 5;
export const MAX_FAILURES_PER_IP = 50;

@Injectable()
export class LoginThrottle {
  constructor(
    private readonly repository: AuthRepository,
    private readonly clock: Clock,
  ) {}

  /** Throws 429 (with seconds to wait) when this email+IP or this IP has failed too often. */
  async check(emailKey: string, ip: string): Promise<void> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
    const row = await this.repository.failures(emailKey, ip, since);
    // A count at the limit means at least one failure, so its oldest instant is there.
    const wait = (oldest: string | null) => Math.max(1, Math.ceil((Date.parse(oldest!) + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
    if (row.account >= MAX_FAILURES_PER_ACCOUNT_AND_IP) throw new TooManyAttempts(wait(row.accountOldest));
    if (row.total >= MAX_FAILURES_PER_IP) throw new TooManyAttempts(wait(row.ipOldest));
  }

  async recordFailure(emailKey: string, ip: string): Promise<void> {
    await this.repository.recordFailure(emailKey, ip, this.clock.now());
  }

  async clear(emailKey: string, ip: string): Promise<void> {
    await this.repository.clearFailures(emailKey, ip);
  }
}
