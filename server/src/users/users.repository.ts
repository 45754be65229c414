import { Injectable } from '@nestjs/common';
import type { Role } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Db, execute, join, one, query, sql, Sql } from '../database/sql';
import type { ColleagueDto, UserRow } from './dto/user.dto';

/** The columns of a UserRow, from `app_user u JOIN practice p`; the session lookup and sign-in read the same. */
export const USER_COLUMNS = sql`u.id, u.email, u.display_name AS "displayName", u.role, u.supervisor_id AS "supervisorId",
  u.active, u.requires_cosign AS "requiresCosign", u.practice_id AS "practiceId", p.name AS "practiceName"`;

export interface NewUser {
  practiceId: string;
  email: string;
  displayName: string;
  role: Role;
  supervisorId: string | null;
  passwordHash: string;
}

/** What an admin's PATCH changes; absent fields stay. */
export interface UserChanges {
  displayName?: string;
  role?: Role;
  supervisorId?: string | null;
  active?: boolean;
  requiresCosign?: boolean;
  passwordHash?: string;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly db: DataSource) {}

  list(practiceId: string): Promise<UserRow[]> {
    return query(
      this.db,
      sql`SELECT ${USER_COLUMNS} FROM app_user u JOIN practice p ON p.id = u.practice_id
        WHERE u.practice_id = ${practiceId} ORDER BY u.display_name, u.id`,
    );
  }

  /** Clinicians and supervisors of the practice; no emails, no admins. */
  colleagues(practiceId: string): Promise<ColleagueDto[]> {
    return query(
      this.db,
      sql`SELECT u.id, u.display_name AS "displayName", u.role::text AS role, u.active FROM app_user u
        WHERE u.practice_id = ${practiceId} AND u.role IN ('clinician', 'supervisor') ORDER BY u.display_name, u.id`,
    );
  }

  /** The new user's id, or undefined when the email is taken. */
  async insert(tx: EntityManager, u: NewUser): Promise<string | undefined> {
    const row = await one<{ id: string }>(
      tx,
      sql`INSERT INTO app_user (practice_id, email, display_name, role, supervisor_id, password_hash)
         VALUES (${u.practiceId}, ${u.email}, ${u.displayName}, ${u.role}, ${u.supervisorId}, ${u.passwordHash}) ON CONFLICT (email) DO NOTHING RETURNING id`,
    );
    return row?.id;
  }

  /** The set fields of `c`; the caller has checked there is at least one. */
  async update(tx: EntityManager, id: string, practiceId: string, c: UserChanges): Promise<void> {
    const sets: Sql[] = [];
    if (c.displayName !== undefined) sets.push(sql`display_name = ${c.displayName}`);
    if (c.role !== undefined) sets.push(sql`role = ${c.role}`);
    if (c.supervisorId !== undefined) sets.push(sql`supervisor_id = ${c.supervisorId}`);
    if (c.active !== undefined) sets.push(sql`active = ${c.active}`);
    if (c.requiresCosign !== undefined) sets.push(sql`requires_cosign = ${c.requiresCosign}`);
    if (c.passwordHash !== undefined) sets.push(sql`password_hash = ${c.passwordHash}`);
    await execute(
      tx,
      sql`UPDATE app_user SET ${join(sets, ', ')}, version = version + 1, updated_at = now() WHERE id = ${id} AND practice_id = ${practiceId}`,
    );
  }

  async isActiveSupervisor(userId: string, practiceId: string): Promise<boolean> {
    const row = await one(
      this.db,
      sql`SELECT 1 FROM app_user WHERE id = ${userId} AND practice_id = ${practiceId} AND role = 'supervisor' AND active`,
    );
    return row !== undefined;
  }

  load(db: Db, id: string, practiceId: string): Promise<UserRow | undefined> {
    return one(
      db,
      sql`SELECT ${USER_COLUMNS} FROM app_user u JOIN practice p ON p.id = u.practice_id WHERE u.id = ${id} AND u.practice_id = ${practiceId}`,
    );
  }
}
