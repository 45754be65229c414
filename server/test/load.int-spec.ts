import { Client } from 'pg';
import { ChildServer, requireBuiltServer, SEED_PASSWORD, seedClinicians, sessionBody } from './child-server';
import { cloneTemplateDatabase } from './harness';

/**
 * Many clinicians logging sessions at once against the real built server (child process,
 * loopback only, its own database): no 5xx, and exactly one stored session per 201.
 *
 * CI runs it for SB_LOAD_SECONDS (default 10). The full run of the hardening issue is a minute:
 *   SB_LOAD_SECONDS=60 npx jest server/test/load.int-spec.ts --selectProjects integration
 * SB_LOAD_CLINICIANS changes the number of clinicians (default 50).
 */

const SECONDS = positive(process.env.SB_LOAD_SECONDS, 10);
const CLINICIANS = positive(process.env.SB_LOAD_CLINICIANS, 50);
/** A hard bound on requests, whatever the clock says. */
const MAX_REQUESTS_PER_CLINICIAN = 20_000;

jest.setTimeout((SECONDS + 60) * 1000);

function positive(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? n : fallback;
}

let database: { url: string; drop: () => Promise<void> };
let server: ChildServer | undefined;

beforeAll(async () => {
  requireBuiltServer();
  database = await cloneTemplateDatabase();
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

it(`${CLINICIANS} clinicians logging sessions for ${SECONDS} s: no 5xx, one stored session per 201`, async () => {
  // Real sign-ins, but with a low-cost hash: 50 production-cost argon2 checks at once take
  // ~14 s on a 2-core machine, which would be the whole of this test's time.
  const clinicians = await seedClinicians(database.url, CLINICIANS, { cheapHash: true });
  server = await ChildServer.start(database.url);
  const signInStarted = Date.now();
  const cookies = await Promise.all(clinicians.map((c) => server!.signIn(c.email, SEED_PASSWORD)));
  const signInMs = Date.now() - signInStarted;

  const statuses = new Map<number | string, number>();
  const latencies: number[] = [];
  let created = 0;
  const started = Date.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    clinicians.map(async (c, i) => {
      for (let n = 0; n < MAX_REQUESTS_PER_CLINICIAN && Date.now() < deadline; n++) {
        const sent = performance.now();
        let status: number | string;
        try {
          const res = await fetch(`${server!.base}/api/clients/${c.clientId}/sessions`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Cookie: cookies[i] },
            body: JSON.stringify(sessionBody(c.goalIds, n)),
            signal: AbortSignal.timeout(15_000),
          });
          status = res.status;
          await res.arrayBuffer();
        } catch (err) {
          status = `network error: ${(err as Error).message}`;
        }
        latencies.push(performance.now() - sent);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 201) created++;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;

  const db = new Client({ connectionString: database.url });
  await db.connect();
  const {
    rows: [stored],
  } = await db.query(
    `SELECT (SELECT count(*)::int FROM therapy_session) AS sessions,
            (SELECT count(*)::int FROM goal_rating) AS ratings,
            (SELECT count(*)::int FROM audit_event WHERE action = 'create' AND entity_type = 'session') AS audited`,
  );
  await db.end();

  latencies.sort((a, b) => a - b);
  const total = latencies.length;
  console.log(
    `load: ${CLINICIANS} clinicians, ${elapsed.toFixed(1)} s, ${total} requests, ${created} sessions created ` +
      `(${(created / elapsed).toFixed(0)} sessions/s); latency ms p50 ${percentile(latencies, 50).toFixed(0)}, ` +
      `p95 ${percentile(latencies, 95).toFixed(0)}, p99 ${percentile(latencies, 99).toFixed(0)}, max ${latencies[total - 1]?.toFixed(0)}; ` +
      `answers ${JSON.stringify(Object.fromEntries(statuses))}; ${CLINICIANS} sign-ins took ${signInMs} ms`,
  );

  const serverErrors = [...statuses].filter(([s]) => typeof s !== 'number' || s >= 500);
  expect(serverErrors).toEqual([]);
  expect(Object.fromEntries(statuses)).toEqual({ 201: created });
  expect(created).toBeGreaterThan(0);
  expect(stored).toEqual({ sessions: created, ratings: 2 * created, audited: created });
});
