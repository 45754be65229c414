import { Injectable } from '@nestjs/common';
import type { Role } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { one, query, sql } from '../database/sql';

/**
 * The seeder's own statements: the practice and its accounts, which no API route creates in one
 * transaction. Clinical records go through the services instead.
 */
@Injectable()
export class DemoRepository {
  constructor(private readonly db: DataSource) {}

  /** True when any practice exists (a restored backup, an earlier seed). */
  async anyPractice(): Promise<boolean> {
    return (await one(this.db, sql`SELECT 1 FROM practice LIMIT 1`)) !== undefined;
  }

  async insertPractice(tx: EntityManager, name: string): Promise<string> {
    const [{ id }] = await query<{ id: string }>(tx, sql`INSERT INTO practice (name) VALUES (${name}) RETURNING id`);
    return id;
  }

  async insertUser(
    tx: EntityManager,
    u: { practiceId: string; email: string; displayName: string; role: Role; supervisorId: string | null; passwordHash: string },
  ): Promise<string> {
    const [{ id }] = await query<{ id: string }>(
      tx,
      sql`INSERT INTO app_user (practice_id, email, display_name, role, supervisor_id, password_hash)
           VALUES (${u.practiceId}, ${u.email}, ${u.displayName}, ${u.role}, ${u.supervisorId}, ${u.passwordHash}) RETURNING id`,
    );
    return id;
  }
}
