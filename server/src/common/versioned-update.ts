import type { EntityManager } from 'typeorm';
import { execute, join, one, raw, sql, Sql } from '../database/sql';
import { StaleVersion } from './errors';

/**
 * Optimistic locking, the one way records with `version` are changed: an explicit
 * `UPDATE … WHERE id = … AND version = …` whose row count decides 409 (TypeORM's
 * @VersionColumn alone does not). `sets` are assignments such as sql`title = ${title}`.
 */
export async function updateVersioned(
  tx: EntityManager,
  table: 'client' | 'goal' | 'measure_plan',
  id: string,
  version: number,
  sets: Sql[],
  staleMessage?: string,
): Promise<void> {
  const assignments = join([...sets, sql`version = version + 1`, sql`updated_at = now()`], ', ');
  const affected = await execute(tx, sql`UPDATE ${raw(table)} SET ${assignments} WHERE id = ${id} AND version = ${version}`);
  if (affected === 0) {
    const row = await one<{ version: number }>(tx, sql`SELECT version FROM ${raw(table)} WHERE id = ${id}`);
    throw new StaleVersion(row?.version ?? null, staleMessage);
  }
}
