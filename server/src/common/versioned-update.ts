import type { EntityManager } from 'typeorm';
import { StaleVersion } from './errors';

/**
 * Optimistic locking, the one way records with `version` are changed: an explicit
 * `UPDATE … WHERE id = $1 AND version = $2` whose row count decides 409 (TypeORM's
 * @VersionColumn alone does not). `params` starts with [id, version]; `sets` use $3 onwards.
 */
export async function updateVersioned(
  tx: EntityManager,
  table: 'client' | 'goal',
  sets: string[],
  params: unknown[],
  staleMessage?: string,
): Promise<void> {
  const assignments = [...sets, 'version = version + 1', 'updated_at = now()'].join(', ');
  const [, affected] = await tx.query(`UPDATE ${table} SET ${assignments} WHERE id = $1 AND version = $2`, params);
  if (affected === 0) {
    const [row] = await tx.query(`SELECT version FROM ${table} WHERE id = $1`, [params[0]]);
    throw new StaleVersion(row?.version ?? null, staleMessage);
  }
}

