import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { MIGRATIONS } from '../../migrations';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { MAX_FAILURES_PER_ACCOUNT_AND_IP } from '../src/auth/login-throttle';
import { adminQuery, withDatabase } from '../scripts/scratch-database';
import { ChildServer } from './child-server';

/**
 * Three replicas of the built server start at the same moment on one empty database, as
 * `docker compose up --scale app=3` or any orchestrator does (docs/scaling.md, "Several replicas"):
 * they must end with one schema, one demo practice and all three healthy; then sign-in, sign-out
 * and login throttling must hold across them, since none of it lives in a replica's memory.
 */

const REPLICAS = 3;
let servers: ChildServer[] = [];
let databaseUrl: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  const adminUrl = process.env.SB_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('Run through jest: the global setup provides the database server');
  const name = `sb_replicas_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  databaseUrl = withDatabase(adminUrl, name);
  drop = () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  // One secret for all: a load balancer may send a signed-in browser to any replica.
  const secret = randomBytes(32).toString('hex');
  servers = await Promise.all(
    Array.from({ length: REPLICAS }, () => ChildServer.start(databaseUrl, { secret, env: { SEED_DEMO: 'true' }, timeoutMs: 120_000 })),
  );
}, 150_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await drop?.();
});

async function scalar(sql: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return String(Object.values((await client.query(sql)).rows[0])[0]);
  } finally {
    await client.end();
  }
}

async function signIn(server: ChildServer, email: string, password = DEMO_PASSWORD): Promise<{ status: number; cookie: string }> {
  const res = await fetch(`${server.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] };
}

const me = (server: ChildServer, cookie: string) => fetch(`${server.base}/api/auth/me`, { headers: { cookie } }).then((r) => r.status);

it('three replicas started together end with one schema, one demo practice, all healthy', async () => {
  for (const server of servers) expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
  expect(await scalar('SELECT count(*) FROM schema_migration')).toBe(String(MIGRATIONS.length));
  expect(await scalar('SELECT count(DISTINCT name) FROM schema_migration')).toBe(String(MIGRATIONS.length));
  expect(await scalar('SELECT count(*) FROM practice')).toBe('1');
  expect(await scalar("SELECT count(*) FROM app_user WHERE email LIKE '%@demo.test'")).toBe('4');
  // Each replica's start-up either seeded or found the practice seeded; none died trying.
  for (const server of servers) expect(server.proc.exitCode).toBeNull();
});

it('a sign-in on one replica works on the others, and a sign-out on one ends it on all', async () => {
  const { status, cookie } = await signIn(servers[0], 'clara@demo.test');
  expect(status).toBe(200);
  expect(await Promise.all(servers.map((s) => me(s, cookie)))).toEqual([200, 200, 200]);
  expect((await fetch(`${servers[2].base}/api/auth/logout`, { method: 'POST', headers: { cookie } })).status).toBe(204);
  expect(await Promise.all(servers.map((s) => me(s, cookie)))).toEqual([401, 401, 401]);
});

it('counts failed sign-ins across replicas: the limit holds wherever the attempts land', async () => {
  for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_IP; i++) {
    expect((await signIn(servers[i % REPLICAS], 'omar@demo.test', 'not-the-password-at-all')).status).toBe(401);
  }
  // The next try, on every replica, is throttled, even with the right password.
  for (const server of servers) expect((await signIn(server, 'omar@demo.test')).status).toBe(429);
});
