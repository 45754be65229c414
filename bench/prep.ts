import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { findRepoRoot } from '../server/src/config/config';
import { createDataSource } from '../server/src/database/data-source';
import { benchDatabase } from './bench-database';
import { BENCH_PASSWORD, generatePractice, PRACTICE_SCALE, TINY_SCALE } from './generate';
import { startAppServer } from './pages';
import { prepStatement } from '../server/src/prep/prep.repository';
import { loadRaw, rawQueries } from './raw-sql';

/**
 * `GET /api/clients/:id/prep` alone, for the five-year client: the route through autocannon against
 * its statement through pg, 10 connections each, BENCH_SECONDS (10) each; `-- --tiny` for a smoke run.
 * The same pair is in `npm run bench` (run.ts); this runs it without the rest (browser, Lighthouse).
 *
 *   npm run build && SWC_NODE_PROJECT=server/tsconfig.json node -r @swc-node/register bench/prep.ts
 */
const tiny = process.argv.includes('--tiny');
const DURATION = Number(process.env.BENCH_SECONDS ?? (tiny ? 1 : 10));
const CONNECTIONS = 10;

async function main() {
  const root = findRepoRoot();
  const database = await benchDatabase('bench_prep');
  const url = database.url;
  let server: ChildProcess | undefined;
  try {
    const port = 4600 + Math.floor(Math.random() * 300);
    server = await startAppServer(root, url, port, false);
    // Bulk inserts take longer than the app allows a query (3 s); the generator waits as long as they take.
    const db = createDataSource(url, 1, 600_000);
    await db.initialize();
    await db.runMigrations();
    const generated = await generatePractice(db, tiny ? TINY_SCALE : PRACTICE_SCALE);
    await db.destroy();
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: generated.longClinicianEmail, password: BENCH_PASSWORD }),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const path = `/api/clients/${generated.longClientId}/prep`;
    const check = await fetch(`${base}${path}`, { headers: { cookie } });
    const body = (await check.json()) as { measures: unknown[]; goals: unknown[] };
    console.log(`prep answered ${check.status}: ${body.measures.length} measure scales, ${body.goals.length} goals`);

    const pool = new Pool({ connectionString: url, max: CONNECTIONS });
    const raw = await rawQueries(pool, generated);
    if (process.env.BENCH_EXPLAIN) {
      // BENCH_EXPLAIN=1: the statement's plan with timings, before the load.
      const { rows } = await pool.query(`SELECT practice_id FROM client WHERE id = $1`, [generated.longClientId]);
      const statement = prepStatement(generated.longClientId, rows[0].practice_id, new Date());
      const plan = await pool.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, values: statement.values });
      console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
    const api = await autocannon({
      url: `${base}${path}`,
      headers: { cookie, 'accept-encoding': 'gzip' },
      connections: CONNECTIONS,
      duration: DURATION,
    });
    const rawLoad = await loadRaw(raw.prep, CONNECTIONS, DURATION);
    await pool.end();
    const rawPerSecond = rawLoad.perSecond;
    const result = {
      at: new Date().toISOString(),
      seconds: DURATION,
      connections: CONNECTIONS,
      api: {
        requestsPerSecond: api.requests.average,
        p50: api.latency.p50,
        p99: api.latency.p99,
        errors: api.errors + api.timeouts,
        non2xx: api.non2xx,
      },
      raw: {
        perSecond: Math.round(rawPerSecond * 10) / 10,
        p50: rawLoad.p50,
        p99: rawLoad.p99,
      },
      ratio: Math.round((api.requests.average / rawPerSecond) * 100) / 100,
    };
    console.log(JSON.stringify(result, null, 2));
    if (result.api.errors || result.api.non2xx) process.exitCode = 1;
  } finally {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await database.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
