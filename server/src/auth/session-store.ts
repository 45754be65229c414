import session from 'express-session';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { USER_DTO_SQL } from '../users/dto/user.dto';

export const IDLE_LIMIT_MS = 30 * 60_000;
export const ABSOLUTE_LIMIT_MS = 12 * 60 * 60_000;
/** Sliding the idle deadline costs a write; skip it when the last slide was this recent. */
const TOUCH_GRANULARITY_MS = 60_000;

/**
 * The session and, in the same statement, its user as they are now (the columns of a UserDto, from the one
 * USER_DTO_SQL): passport then needs no second query, and a deactivated user's session is simply not found.
 * $1 sid, $2 now, $3 the earliest creation time still inside the absolute limit. Exported for the benchmark.
 */
export const SESSION_LOOKUP_SQL = `SELECT s.data, to_json(usr) AS "user"
  FROM auth_session s
  LEFT JOIN LATERAL (SELECT ${USER_DTO_SQL} FROM app_user u JOIN practice p ON p.id = u.practice_id WHERE u.id = s.user_id) usr ON true
 WHERE s.sid = $1 AND s.expires_at > $2 AND s.created_at > $3 AND (s.user_id IS NULL OR usr.active)`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Callback = (err?: any, value?: any) => void;
interface StoredSession extends session.SessionData {
  passport?: { user?: { id: string; practiceId: string } };
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

  /** The session with its current user (SESSION_LOOKUP_SQL); session.serializer.ts trusts that user. */
  override get(sid: string, cb: Callback): void {
    const now = this.clock.now();
    this.db
      .query(SESSION_LOOKUP_SQL, [sid, now, new Date(now.getTime() - ABSOLUTE_LIMIT_MS)])
      .then((rows: { data: StoredSession; user: Record<string, unknown> | null }[]) => {
        const row = rows[0];
        if (!row) return cb(null, null);
        if (row.user && row.data.passport) row.data.passport.user = row.user as { id: string; practiceId: string };
        cb(null, row.data);
      }, cb);
  }

  override set(sid: string, sess: StoredSession, cb?: Callback): void {
    const now = this.clock.now();
    const user = sess.passport?.user;
    this.db
      .query(
        `INSERT INTO auth_session (sid, user_id, practice_id, data, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (sid) DO UPDATE SET user_id = $2, practice_id = $3, data = $4, expires_at = $6`,
        [sid, user?.id ?? null, user?.practiceId ?? null, sess, now, new Date(now.getTime() + IDLE_LIMIT_MS)],
      )
      .then(() => cb?.(), (err) => cb?.(err));
  }

  override touch(sid: string, _sess: StoredSession, cb?: Callback): void {
    const expires = new Date(this.clock.now().getTime() + IDLE_LIMIT_MS);
    this.db
      .query(`UPDATE auth_session SET expires_at = $2 WHERE sid = $1 AND expires_at < $3`, [
        sid,
        expires,
        new Date(expires.getTime() - TOUCH_GRANULARITY_MS),
      ])
      .then(() => cb?.(), (err) => cb?.(err));
  }

  override destroy(sid: string, cb?: Callback): void {
    this.db.query(`DELETE FROM auth_session WHERE sid = $1`, [sid]).then(() => cb?.(), (err) => cb?.(err));
  }
}

/** Ends every session of a user (deactivation, password change). */
export async function endSessionsOf(db: Pick<DataSource, 'query'>, userId: string): Promise<void> {
  await db.query(`DELETE FROM auth_session WHERE user_id = $1`, [userId]);
}
