import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { TooManyAttempts } from '../common/errors';

// Failures are counted per (email, IP): an attacker elsewhere cannot lock a real user out, and
// a lock lasts at most WINDOW. A looser per-IP limit stops one address spraying many accounts.
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT_AND_IP = 5;
export const MAX_FAILURES_PER_IP = 50;

@Injectable()
export class LoginThrottle {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Throws 429 (with seconds to wait) when this email+IP or this IP has failed too often. */
  async check(emailKey: string, ip: string): Promise<void> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE email_key = $1)::int AS account,
              min(at) FILTER (WHERE email_key = $1) AS "accountOldest",
              count(*)::int AS total,
              min(at) AS "ipOldest"
         FROM login_attempt WHERE ip = $2 AND at > $3`,
      [emailKey, ip, since],
    );
    const wait = (oldest: Date) => Math.max(1, Math.ceil((new Date(oldest).getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
    if (row.account >= MAX_FAILURES_PER_ACCOUNT_AND_IP) throw new TooManyAttempts(wait(row.accountOldest));
    if (row.total >= MAX_FAILURES_PER_IP) throw new TooManyAttempts(wait(row.ipOldest));
  }

  async recordFailure(emailKey: string, ip: string): Promise<void> {
    await this.db.query(`INSERT INTO login_attempt (email_key, ip, at) VALUES ($1, $2, $3)`, [emailKey, ip, this.clock.now()]);
  }

  async clear(emailKey: string, ip: string): Promise<void> {
    await this.db.query(`DELETE FROM login_attempt WHERE email_key = $1 AND ip = $2`, [emailKey, ip]);
  }
}
