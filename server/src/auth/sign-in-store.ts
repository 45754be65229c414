import session from 'express-session';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import type { Db } from '../database/sql';
import type { UserRow } from '../users/dto/user.dto';
import { sessionStatements } from './auth.repository';

export const IDLE_LIMIT_MS = 30 * 60_000;
export const ABSOLUTE_LIMIT_MS = 12 * 60 * 60_000;
/** Sliding the idle deadline costs a write; skip it when the last slide was this recent. */
const TOUCH_GRANULARITY_MS = 60_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the callback shape express-session's Store declares
type Callback = (err?: any, value?: any) => void;
interface StoredSession extends session.SessionData {
  passport?: { user?: { id: string; practiceId: string } | UserRow };
  /**
   * The idle deadline the lookup found at the start of this request (ms), so `touch` can tell
   * whether sliding it would change anything. Set by `get` on every request from the row, never
   * stored (`set` drops it): nothing about a session is remembered between requests.
   */
  storedExpiresAt?: number;
}

/**
 * express-session store in PostgreSQL: no session state in the app process, so replicas just
 * work; a row per session with its user, so deactivating a user can end their sessions; and the
 * app's Clock decides expiry, so the 30-minute idle and 12-hour absolute limits are testable.
 */
export class PgSessionStore extends session.Store {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** The session with its current user (sessionLookup in auth.repository.ts); session.serializer.ts trusts that user. */
  override get(sid: string, cb: Callback): void {
    const now = this.clock.now();
    sessionStatements.find<StoredSession>(this.db, sid, now, new Date(now.getTime() - ABSOLUTE_LIMIT_MS)).then((row) => {
      if (!row) return cb(null, null);
      if (row.user && row.data.passport) row.data.passport.user = row.user;
      row.data.storedExpiresAt = new Date(row.expiresAt).getTime();
      cb(null, row.data);
    }, cb);
  }

  override set(sid: string, { storedExpiresAt: _read, ...sess }: StoredSession, cb?: Callback): void {
    const now = this.clock.now();
    const user = sess.passport?.user;
    sessionStatements
      .save(this.db, {
        sid,
        userId: user?.id ?? null,
        practiceId: user?.practiceId ?? null,
        data: sess,
        now,
        expiresAt: new Date(now.getTime() + IDLE_LIMIT_MS),
      })
      .then(
        () => cb?.(),
        (err) => cb?.(err),
      );
  }

  override touch(sid: string, sess: StoredSession, cb?: Callback): void {
    const expires = new Date(this.clock.now().getTime() + IDLE_LIMIT_MS);
    const unlessAfter = new Date(expires.getTime() - TOUCH_GRANULARITY_MS);
    // express-session touches on every request. When this request's own lookup found the deadline
    // slid within the last minute, the UPDATE would match no row: skip its round trip. The deadline
    // only moves later (or the row goes, at sign-out), so the skip is never wrong.
    if (sess.storedExpiresAt !== undefined && sess.storedExpiresAt >= unlessAfter.getTime()) return void cb?.();
    sessionStatements.touch(this.db, sid, expires, unlessAfter).then(
      () => cb?.(),
      (err) => cb?.(err),
    );
  }

  override destroy(sid: string, cb?: Callback): void {
    sessionStatements.destroy(this.db, sid).then(
      () => cb?.(),
      (err) => cb?.(err),
    );
  }
}

/** Ends every session of a user (deactivation, password change). */
export function endSessionsOf(db: Db, userId: string): Promise<void> {
  return sessionStatements.endAllOf(db, userId);
}
