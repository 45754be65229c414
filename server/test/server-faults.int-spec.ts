import { request } from 'node:http';
import { Client } from 'pg';
import { ChildServer, requireBuiltServer, SEED_PASSWORD, SeededClinician, seedClinicians, sessionBody, sleep } from './child-server';
import { cloneTemplateDatabase } from './harness';

/**
 * The real built server as a child process, on a database of its own: killed outright in the
 * middle of a burst of session writes, and stopped politely while requests are in flight.
 *
 * To catch writes half-way, the test holds a lock on one goal row: a session being written then
 * waits inside its transaction, after its therapy_session row and before the rating that
 * references that goal. Those are the writes a non-transactional server would leave half done.
 */

jest.setTimeout(60_000);

let database: { url: string; drop: () => Promise<void> };
let db: Client;
const servers: ChildServer[] = [];

beforeAll(async () => {
  requireBuiltServer();
  database = await cloneTemplateDatabase();
  db = new Client({ connectionString: database.url });
  await db.connect();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await db?.end();
  await database?.drop();
});

async function start(): Promise<ChildServer> {
  const server = await ChildServer.start(database.url);
  servers.push(server);
  return server;
}

function postSession(server: ChildServer, cookie: string, c: SeededClinician, n: number): Promise<Response> {
  return fetch(`${server.base}/api/clients/${c.clientId}/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify(sessionBody(c.goalIds, n)),
    signal: AbortSignal.timeout(20_000),
  });
}

/** The app's connections to this test's database that wait for a lock, and how many of them are inside a write. */
async function blockedWriters(): Promise<{ waiting: number; midWrite: number }> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS waiting, count(backend_xid)::int AS "midWrite" FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'securebase' AND wait_event_type = 'Lock'`,
  );
  return rows[0];
}

async function until<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(v)})`);
    await sleep(50);
  }
}

/** The promise's value, or 'still running' after `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'still running'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'still running'>((resolve) => (timer = setTimeout(resolve, ms, 'still running')));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A GET on a new connection (no pooled keep-alive one): 'refused' once nothing listens. */
function probeNewConnection(port: number): Promise<'answered' | 'refused'> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/health', agent: false, timeout: 1000 }, (res) => {
      res.resume();
      resolve('answered');
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve('refused'));
    req.end();
  });
}

/** Holds `SELECT … FOR UPDATE` on a goal until released. */
async function lockGoal(goalId: string): Promise<{ release: () => Promise<void> }> {
  const holder = new Client({ connectionString: database.url });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT id FROM goal WHERE id = $1 FOR UPDATE', [goalId]);
  return {
    release: async () => {
      await holder.query('ROLLBACK');
      await holder.end();
    },
  };
}

/** Every session of the client with the number of each of its parts and its audit events. */
async function sessionsOf(clientId: string) {
  const { rows } = await db.query(
    `SELECT s.id,
            (SELECT count(*)::int FROM goal_rating r WHERE r.session_id = s.id) AS ratings,
            (SELECT count(*)::int FROM pattern_observation p WHERE p.session_id = s.id) AS patterns,
            (SELECT count(*)::int FROM intervention_note n WHERE n.session_id = s.id) AS notes,
            (SELECT count(*)::int FROM audit_event e WHERE e.entity_id = s.id AND e.action = 'create') AS audited
       FROM therapy_session s WHERE s.client_id = $1`,
    [clientId],
  );
  return rows as { id: string; ratings: number; patterns: number; notes: number; audited: number }[];
}
const WHOLE = { ratings: 2, patterns: 2, notes: 2, audited: 1 };

describe('the server process killed with SIGKILL during a burst of session writes', () => {
  it('keeps every acknowledged session whole and leaves no half session behind', async () => {
    const [c] = await seedClinicians(database.url, 1);
    const server = await start();
    const cookie = await server.signIn(c.email, SEED_PASSWORD);

    const acked: string[] = [];
    const otherAnswers: number[] = [];
    let killed = false;
    const WRITERS = 6;
    const writer = async (w: number) => {
      for (let i = 0; i < 400 && !killed; i++) {
        try {
          const res = await postSession(server, cookie, c, w * 1000 + i);
          if (res.status === 201) acked.push(((await res.json()) as { id: string }).id);
          else otherAnswers.push(res.status);
        } catch {
          // The connection died with the server (or the answer was cut off): not acknowledged.
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));

    await until(
      'some acknowledged writes',
      async () => acked.length,
      (n) => n >= 20,
    );
    const lock = await lockGoal(c.goalIds[1]);
    let blocked;
    try {
      blocked = await until('writers caught half-way', blockedWriters, (b) => b.midWrite >= 3);
      server.kill('SIGKILL');
      await server.exited;
      killed = true;
    } finally {
      await lock.release();
    }
    await Promise.all(writers);
    // PostgreSQL rolls back what the dead process had open once it notices the connections are gone.
    await until('the dead server’s connections to close', blockedWriters, (b) => b.waiting === 0);
    await until(
      'the dead server’s connections to close',
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'securebase'`))
          .rows[0].n,
      (n) => n === 0,
    );

    const restarted = await start();
    const stored = await sessionsOf(c.clientId);
    console.log(
      `SIGKILL: ${acked.length} sessions acknowledged before the kill, ${blocked.midWrite} caught mid-transaction, ` +
        `${stored.length} stored after restart, other answers: ${JSON.stringify(otherAnswers)}`,
    );
    expect(otherAnswers).toEqual([]);
    const storedIds = new Set(stored.map((s) => s.id));
    expect(acked.filter((id) => !storedIds.has(id))).toEqual([]);
    // No half session: every stored session has all its parts and its audit event.
    expect(
      stored.filter((s) => s.ratings !== WHOLE.ratings || s.patterns !== WHOLE.patterns || s.notes !== WHOLE.notes || s.audited !== WHOLE.audited),
    ).toEqual([]);
    // At most the requests in flight at the kill can have committed without an answer; the ones held half-way cannot.
    expect(stored.length - acked.length).toBeLessThanOrEqual(WRITERS - blocked.midWrite);

    // The restarted server serves the record and takes new writes.
    const again = await restarted.signIn(c.email, SEED_PASSWORD);
    const read = await fetch(`${restarted.base}/api/sessions/${acked[0]}`, { headers: { Cookie: again } });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { goalRatings: unknown[] }).goalRatings).toHaveLength(2);
    expect((await postSession(restarted, again, c, 99_999)).status).toBe(201);
    await restarted.stop();
  });
});

describe('the server stopped with SIGTERM', () => {
  it('stops taking connections, lets the requests in flight finish, then exits 0', async () => {
    const [c] = await seedClinicians(database.url, 1);
    const server = await start();
    const cookie = await server.signIn(c.email, SEED_PASSWORD);
    const before = (await sessionsOf(c.clientId)).length;

    const lock = await lockGoal(c.goalIds[1]);
    let inFlight: Promise<Response | 'connection cut'>[];
    try {
      inFlight = Array.from({ length: 5 }, (_, i) => postSession(server, cookie, c, i).catch(() => 'connection cut' as const));
      await until('five writes in flight', blockedWriters, (b) => b.midWrite === 5);
      server.kill('SIGTERM');
      // New connections are refused at once, while the five are still held.
      await until(
        'the listener to close',
        () => probeNewConnection(server.port),
        (v) => v === 'refused',
        3000,
      );
      // Still running: it must not exit (nor be made to exit by a library's signal handler) with requests in flight.
      expect({ exitCode: server.proc.exitCode, signal: server.proc.signalCode }).toEqual({ exitCode: null, signal: null });
    } finally {
      await lock.release();
    }
    const released = Date.now();
    const answers = await Promise.all(inFlight);
    const statuses = answers.map((r) => (r === 'connection cut' ? r : r.status));
    // Idle keep-alive connections can hold the listener open until they time out (5 s at most).
    const exit = await within(server.exited, 7000);
    console.log(
      `SIGTERM: in-flight writes answered ${JSON.stringify(statuses)}; exit ${JSON.stringify(exit)} ${Date.now() - released} ms after they were released`,
    );
    expect({ statuses, exit }).toEqual({ statuses: [201, 201, 201, 201, 201], exit: { code: 0, signal: null } });
    const ids = await Promise.all(answers.map(async (r) => ((await (r as Response).json()) as { id: string }).id));

    const stored = await sessionsOf(c.clientId);
    expect(stored.length - before).toBe(5);
    for (const id of ids) expect(stored.find((s) => s.id === id)).toMatchObject(WHOLE);
  });
});
