import 'reflect-metadata';
import { createDataSource } from '../src/database/data-source';
import { adminQuery, startScratchServer, ScratchServer } from '../scripts/scratch-database';

declare global {
  var __securebaseScratch: { server: ScratchServer; template: string } | undefined;
}

/**
 * The embedded test cluster is deleted when the run ends, so it need not survive a crash: no
 * flush to disk per commit or checkpoint (as immich's medium tests run theirs). The app's own
 * embedded database (main.ts) keeps PostgreSQL's durable defaults. Listening on 127.0.0.1 only,
 * the address every test URL names, makes a port someone else holds there a failed start (which
 * scratch-database.ts retries on another port) instead of a warning and a server on ::1 alone.
 */
const THROW_AWAY_CLUSTER = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  listen_addresses: '127.0.0.1',
};

/**
 * Once per run: a PostgreSQL (DATABASE_URL's, or an embedded one) and a template database
 * migrated to the latest schema. Each test file then clones the template (harness.ts), so
 * files run in parallel without sharing state.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startScratchServer({ settings: THROW_AWAY_CLUSTER });
  const template = `sb_template_${process.pid}_${Date.now()}`;
  await adminQuery(server.adminUrl, `CREATE DATABASE ${template}`);
  const db = createDataSource(server.urlFor(template), 2);
  await db.initialize();
  await db.runMigrations();
  await db.destroy();
  process.env.SB_TEST_ADMIN_URL = server.adminUrl;
  process.env.SB_TEST_TEMPLATE = template;
  globalThis.__securebaseScratch = { server, template };
}
