import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { cloneTemplateDatabase, startTestApp, TestApp } from './harness';

/**
 * The database goes away while the app runs: a TCP relay between the app and PostgreSQL that
 * the test can cut and restore. (A file of its own: passport's strategies are process-wide.)
 */
class Relay {
  private server?: Server;
  private sockets = new Set<Socket>();
  /** Chosen by the system on the first `up()` (no guessed port to collide), kept for the next. */
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        this.port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

let t: TestApp;
let relay: Relay;
let drop: () => Promise<void>;

beforeAll(async () => {
  const database = await cloneTemplateDatabase();
  drop = database.drop;
  const url = new URL(database.url);
  relay = new Relay({ host: url.hostname, port: Number(url.port || 5432) });
  await relay.up();
  url.hostname = '127.0.0.1';
  url.port = String(relay.port);
  t = await startTestApp({ databaseUrl: url.toString() });
});
afterAll(async () => {
  await relay.down().catch(() => undefined);
  await t.close().catch(() => undefined);
  await drop();
});

it('answers 503 fast while the database is away, and recovers by itself', async () => {
  const practiceId = await t.practice();
  const user = await t.user(practiceId, 'clinician');
  const agent = await t.signIn(user);
  expect((await t.http().get('/api/health')).status).toBe(200);

  await relay.down();
  const started = Date.now();
  const health = await t.http().get('/api/health');
  expect(health.status).toBe(503);
  expect(health.body).toEqual({ status: 'unavailable', db: 'unreachable' });
  // A bound on waiting, not a speed claim: the probe gives up after 1.5 s; 5 s leaves room for a
  // machine busy with the other test files (the load test runs in parallel).
  expect(Date.now() - started).toBeLessThan(5000);
  const call = await agent.get('/api/clients');
  expect(call.status).toBe(503);
  expect(call.body).toMatchObject({ statusCode: 503, code: 'database_unavailable', requestId: expect.any(String) });
  const login = await t.http().post('/api/auth/login').send({ email: user.email, password: 'whatever-it-is' });
  expect(login.status).toBe(503);

  await relay.up();
  expect((await t.http().get('/api/health')).status).toBe(200);
  expect((await agent.get('/api/clients')).status).toBe(200);
});
