import { Client } from 'pg';
import { createDataSource } from './data-source';

/**
 * One key for "this database's schema and demo data are being prepared". Any 64-bit number works;
 * this one is the first 8 bytes of sha256('securebase:startup') read as a signed big-endian integer.
 */
export const STARTUP_LOCK_KEY = '4680198694305488078';

// Migrations may rewrite large tables; they get far more time than a request's statement.
const MIGRATION_STATEMENT_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs `prepare` while holding a PostgreSQL advisory lock, so that N replicas starting at once on one
 * database migrate and seed one after another: the first does the work, the others find it done
 * (docs/scaling.md, "Several replicas"). The lock is a session lock on a connection of its own, so it
 * is released by PostgreSQL itself if this process dies while holding it.
 */
export async function whileHoldingStartupLock<T>(url: string, prepare: () => Promise<T>): Promise<T> {
  const lock = new Client({ connectionString: url, application_name: 'securebase-startup', connectionTimeoutMillis: 10_000 });
  await lock.connect();
  // An error on this idle connection (the server restarting) must not crash the process; the work's
  // own queries will report the outage.
  lock.on('error', () => undefined);
  try {
    await lock.query('SELECT pg_advisory_lock($1::bigint)', [STARTUP_LOCK_KEY]);
    return await prepare();
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1::bigint)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    await lock.end().catch(() => undefined);
  }
}

/** Applies pending migrations on a short-lived data source whose statements may run long. Returns their names. */
export async function migrate(url: string): Promise<string[]> {
  const db = createDataSource(url, 1, MIGRATION_STATEMENT_TIMEOUT_MS);
  await db.initialize();
  try {
    const ran = await db.runMigrations();
    return ran.map((m) => m.name);
  } finally {
    await db.destroy();
  }
}
