import 'reflect-metadata';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from './app.factory';
import { createLogger } from './common/logger';
import { ConfigError, loadConfig } from './config/config';
import { createDataSource } from './database/data-source';
import { RunningPostgres, startEmbeddedPostgres } from './database/embedded-postgres';
import { migrate, whileHoldingStartupLock } from './database/startup';
import { DemoSeeder } from './demo/demo-seeder';
import { JobRunner } from './jobs/job-runner';
import { DEMO_PASSWORD } from './demo/demo-data';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`SecureBase cannot start: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);

  let embedded: RunningPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dir: join(config.dataDir, 'pg'), port: config.embeddedPostgresPort }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg'), config.embeddedPostgresPort);
    url = embedded.url;
  }
  const db = createDataSource(url);
  let app: NestExpressApplication | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Finish in-flight requests first, then close the pool, then the embedded server.
    // Idle keep-alive sockets would hold close() open for seconds; in-flight requests still finish.
    const http = app?.getHttpServer() as { closeIdleConnections?: () => void } | undefined;
    const sweep = setInterval(() => http?.closeIdleConnections?.(), 100);
    await app?.close().catch(() => undefined);
    clearInterval(sweep);
    if (db.isInitialized) await db.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  // embedded-postgres (through async-exit-hook) installs signal handlers at import that exit at
  // once, cutting requests in flight; ours finish them first.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }

  try {
    const databaseUrl = url;
    // Replicas starting together take turns: one migrates and seeds, the others find it done.
    app = await whileHoldingStartupLock(databaseUrl, async () => {
      const ran = await migrate(databaseUrl);
      if (ran.length) logger.info({ migrations: ran }, 'migrated');
      await db.initialize();
      const built = await createApp({ config, db, logger });
      const seeded = !config.databaseUrl || config.seedDemo ? await built.get(DemoSeeder).seedIfEmpty() : false;
      if (seeded) logger.info('seeded the demo practice');
      return built;
    });
    await app.listen(config.port);
    // The job queue (schedules, emails) on the same database; stopped by app.close() (JobRunner.onApplicationShutdown).
    await app.get(JobRunner).start(databaseUrl);
  } catch (err) {
    logger.fatal({ err: { name: (err as Error).name, message: (err as Error).message } }, 'start-up failed');
    await stop('startup-failure');
    return;
  }

  const address = `http://localhost:${config.port}`;
  const demo = !config.databaseUrl || config.seedDemo;
  console.log(
    `\nSecureBase is running at ${address}\n` +
      (demo ? `Sign in as clara@demo.test (or omar@, sam@, admin@demo.test) with the password ${DEMO_PASSWORD}\n` : '') +
      `API description: ${address}/api/docs\n`,
  );
}

void main();
