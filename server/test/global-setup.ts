import 'reflect-metadata';
import { createDataSource } from '../src/database/data-source';
import { adminQuery, startScratchServer, ScratchServer } from '../scripts/scratch-database';

declare global {
  // eslint-disable-next-line no-var
  var __securebaseScratch: { server: ScratchServer; template: string } | undefined;
}

/**
 * Once per run: a PostgreSQL (DATABASE_URL's, or an embedded one) and a template database
 * migrated to the latest schema. Each test file then clones the template (harness.ts), so
 * files run in parallel without sharing state.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startScratchServer();
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
