import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Db, execute, one, prepared, query, sql, Sql } from '../database/sql';
import type { UserRow } from '../users/dto/user.dto';
import { USER_COLUMNS } from '../users/users.repository';

/** A sign-in candidate: the user as the session carries it, and the hash to check against. */
export type CredentialsRow = UserRow & { passwordHash: string };

/** Failures of one IP in the throttle window: for this email, and in all. Oldest as ISO instants. */
export interface FailureCounts {
  account: number;
  accountOldest: string | null;
  total: number;
  ipOldest: string | null;
}

/** A stored session and, when signed in, its user as they are now (the columns of a UserRow). */
export interface StoredSessionRow<Data> {
  data: Data;
  user: UserRow | null;
  /** The idle deadline as stored now (an ISO instant): whether this request needs to slide it. */
  expiresAt: string;
}

/**
 * The session and, in the same statement, its user as they are now (USER_COLUMNS): passport then needs no
 * second query, and a deactivated user's session is simply not found. `createdAfter` is the earliest creation
 * time still inside the absolute limit. Every signed-in request runs it, so it is prepared. Exported for the benchmark.
 */
export function sessionLookup(sid: string, now: Date, createdAfter: Date): Sql {
  return prepared(
    'session_lookup',
    sql`SELECT s.data, to_json(usr) AS "user", s.expires_at AS "expiresAt"
  FROM auth_session s
  LEFT JOIN LATERAL (SELECT ${USER_COLUMNS} FROM app_user u JOIN practice p ON p.id = u.practice_id WHERE u.id = s.user_id) usr ON true
 WHERE s.sid = ${sid} AND s.expires_at > ${now} AND s.created_at > ${createdAfter} AND (s.user_id IS NULL OR usr.active)`,
  );
}

/** The session store's statements (PgSessionStore is built by hand, outside Nest, so these take the pool). */
export const sessionStatements = {
  find<Data>(db: Db, sid: string, now: Date, createdAfter: Date): Promise<StoredSessionRow<Data> | undefined> {
    return one(db, sessionLookup(sid, now, createdAfter));
  },

  async save(db: Db, s: { sid: string; userId: string | null; practiceId: string | null; data: unknown; now: Date; expiresAt: Date }): Promise<void> {
    await execute(
      db,
      sql`INSERT INTO auth_session (sid, user_id, practice_id, data, created_at, expires_at)
         VALUES (${s.sid}, ${s.userId}, ${s.practiceId}, ${s.data}, ${s.now}, ${s.expiresAt})
         ON CONFLICT (sid) DO UPDATE SET user_id = EXCLUDED.user_id, practice_id = EXCLUDED.practice_id, data = EXCLUDED.data, expires_at = EXCLUDED.expires_at`,
    );
  },

  /** Slides the idle deadline, unless the last slide was after `unlessAfter`. */
  async touch(db: Db, sid: string, expiresAt: Date, unlessAfter: Date): Promise<void> {
    await execute(db, sql`UPDATE auth_session SET expires_at = ${expiresAt} WHERE sid = ${sid} AND expires_at < ${unlessAfter}`);
  },

  async destroy(db: Db, sid: string): Promise<void> {
    await execute(db, sql`DELETE FROM auth_session WHERE sid = ${sid}`);
  },

  /** Ends every session of a user (deactivation, password change). */
  async endAllOf(db: Db, userId: string): Promise<void> {
    await execute(db, sql`DELETE FROM auth_session WHERE user_id = ${userId}`);
  },
};

@Injectable()
export class AuthRepository {
  constructor(private readonly db: DataSource) {}

  credentials(emailKey: string): Promise<CredentialsRow | undefined> {
    return one(
      this.db,
      sql`SELECT ${USER_COLUMNS}, u.password_hash AS "passwordHash"
         FROM app_user u JOIN practice p ON p.id = u.practice_id WHERE u.email = ${emailKey}`,
    );
  }

  activeUser(id: string): Promise<UserRow | undefined> {
    return one(this.db, sql`SELECT ${USER_COLUMNS} FROM app_user u JOIN practice p ON p.id = u.practice_id WHERE u.id = ${id} AND u.active`);
  }

  async failures(emailKey: string, ip: string, since: Date): Promise<FailureCounts> {
    const [row] = await query<FailureCounts>(
      this.db,
      sql`SELECT count(*) FILTER (WHERE email_key = ${emailKey})::int AS account,
              min(at) FILTER (WHERE email_key = ${emailKey}) AS "accountOldest",
              count(*)::int AS total,
              min(at) AS "ipOldest"
         FROM login_attempt WHERE ip = ${ip} AND at > ${since}`,
    );
    return row;
  }

  async recordFailure(emailKey: string, ip: string, at: Date): Promise<void> {
    await execute(this.db, sql`INSERT INTO login_attempt (email_key, ip, at) VALUES (${emailKey}, ${ip}, ${at})`);
  }

  async clearFailures(emailKey: string, ip: string): Promise<void> {
    await execute(this.db, sql`DELETE FROM login_attempt WHERE email_key = ${emailKey} AND ip = ${ip}`);
  }
}
