import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Role } from '@securebase/shared';
import pino from 'pino';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { Clock } from '../src/common/clock';
import type { AppConfig } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { adminQuery, withDatabase } from '../scripts/scratch-database';
import { cheapHash } from './test-password';

export const PASSWORD = 'correct-horse-battery-2026';

export interface TestUser {
  id: string;
  email: string;
  practiceId: string;
  role: Role;
}

export interface TestApp {
  app: NestExpressApplication;
  db: DataSource;
  clock: Clock;
  /** Every log line the server wrote, for the no-PHI checks. */
  logs: string[];
  http: () => TestAgent;
  practice(name?: string): Promise<string>;
  user(practiceId: string, role: Role, opts?: { supervisorId?: string; email?: string }): Promise<TestUser>;
  /** A supertest agent that keeps the session cookie. */
  signIn(user: { email: string }, password?: string): Promise<TestAgent>;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated template (global-setup.ts). */
export async function cloneTemplateDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.SB_TEST_ADMIN_URL;
  const template = process.env.SB_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('Run through jest: the global setup provides the database');
  const name = `sb_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return { url: withDatabase(adminUrl, name), drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A fresh database and the real app on top of it. */
export async function startTestApp(
  opts: { clientDir?: string; trustProxy?: boolean; databaseUrl?: string; mail?: AppConfig['mail'] } = {},
): Promise<TestApp> {
  const database = await cloneTemplateDatabase();
  const db = createDataSource(opts.databaseUrl ?? database.url, 5);
  await db.initialize();
  const clock = new Clock();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const app = await createApp({
    config: { sessionSecret: randomBytes(32).toString('hex'), trustProxy: opts.trustProxy ?? false, clientDir: opts.clientDir, mail: opts.mail },
    db,
    logger,
    clock,
  });
  await app.init();
  let counter = 0;

  const t: TestApp = {
    app,
    db,
    clock,
    logs,
    http: () => request(app.getHttpServer()),
    async practice(practiceName = 'Test Practice') {
      const [{ id }] = await db.query(`INSERT INTO practice (name) VALUES ($1) RETURNING id`, [practiceName]);
      return id;
    },
    async user(practiceId, role, o = {}) {
      const email = o.email ?? `${role}${++counter}.${randomBytes(3).toString('hex')}@test.example`;
      const [{ id }] = await db.query(
        `INSERT INTO app_user (practice_id, email, display_name, role, supervisor_id, password_hash)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [practiceId, email, `Test ${role} ${counter}`, role, o.supervisorId ?? null, await cheapHash(PASSWORD)],
      );
      return { id, email, practiceId, role };
    },
    async signIn(user, password = PASSWORD) {
      const agent = request.agent(app.getHttpServer());
      const res = await agent.post('/api/auth/login').send({ email: user.email, password });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
      return agent;
    },
    async close() {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
  return t;
}

/**
 * Row count and a checksum of every application table: "nothing changed" means these are equal.
 * (Sign-in bookkeeping is left out: sessions slide their expiry on every request.)
 */
export async function tableCounts(db: DataSource): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
      AND table_name NOT IN ('schema_migration', 'auth_session', 'login_attempt') ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [{ n, sum }] = await db.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table_name}" t`,
    );
    out[table_name] = `${n} rows, md5 ${sum}`;
  }
  return out;
}
