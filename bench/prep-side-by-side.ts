import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { createDataSource } from '../server/src/database/data-source';
import { benchDatabase } from './bench-database';
import { BENCH_PASSWORD, generatePractice, PRACTICE_SCALE, TINY_SCALE } from './generate';
import { signInCookie, startAppServer } from './pages';
import { loadRaw, rawQueries } from './raw-sql';

/**
 * `GET /api/clients/:id/prep` of two or more builds side by side on one generated practice, with the
 * raw statement through pg in every round, alternating which build goes first (this machine's speed
 * moves from one minute to the next, and others share it):
 *
 *   SWC_NODE_PROJECT=server/tsconfig.json node -r @swc-node/register bench/prep-side-by-side.ts /tmp/before . --runs 3
 *
 * Each argument is a checkout with a built server (as for submit-side-by-side.ts). `--seconds` per
 * run (10), `--tiny` for a smoke run. Prints one JSON line per run, then the medians per build.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const runs = option('--runs', 3);
const seconds = option('--seconds', 10);
const tiny = args.includes('--tiny');
const roots = args.filter((a, i) => !a.startsWith('--') && !['--runs', '--seconds'].includes(args[i - 1])).map((a) => resolve(a));
const CONNECTIONS = 10;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (roots.length === 0) throw new Error('Name at least one checkout');
  const database = await benchDatabase('prep_sbs');
  const servers: ChildProcess[] = [];
  try {
    const db = createDataSource(database.url, 1, 600_000);
    await db.initialize();
    await db.runMigrations();
    const generated = await generatePractice(db, tiny ? TINY_SCALE : PRACTICE_SCALE);
    await db.destroy();
    const bases: string[] = [];
    for (const [i, root] of roots.entries()) {
      const port = 4900 + i * 10 + Math.floor(Math.random() * 10);
      servers.push(await startAppServer(root, database.url, port, false));
      bases.push(`http://127.0.0.1:${port}`);
    }
    // One session serves every build: they share the database and the session secret.
    const cookie = await signInCookie(bases[0], generated.longClinicianEmail, BENCH_PASSWORD);
    const path = `/api/clients/${generated.longClientId}/prep`;
    const bodies = await Promise.all(bases.map(async (b) => (await fetch(`${b}${path}`, { headers: { cookie } })).text()));
    if (bodies.some((b) => b !== bodies[0])) console.warn('the builds answer differently (an instant in the answer may differ; check)');
    const gzip = (level: number) => gzipSync(bodies[0], { level }).length;
    console.log(JSON.stringify({ answerBytes: Buffer.byteLength(bodies[0]), gzipLevel6: gzip(6), gzipLevel1: gzip(1) }));
    const pool = new Pool({ connectionString: database.url, max: CONNECTIONS });
    const raw = await rawQueries(pool, generated);

    const results: Record<string, { rps: number[]; p99: number[]; ratio: number[] }> = {};
    for (let run = 1; run <= runs; run++) {
      const order = run % 2 ? bases.map((_, i) => i) : bases.map((_, i) => i).reverse();
      for (const i of order) {
        const api = await autocannon({
          url: `${bases[i]}${path}`,
          headers: { cookie, 'accept-encoding': 'gzip' },
          connections: CONNECTIONS,
          duration: seconds,
        });
        if (api.errors || api.timeouts || api.non2xx)
          throw new Error(`${roots[i]}: ${api.errors} errors, ${api.timeouts} timeouts, ${api.non2xx} non-2xx`);
        // The raw statement right after each API run, so each ratio pairs two neighbouring runs.
        const rawPerSecond = (await loadRaw(raw.prep, CONNECTIONS, seconds)).perSecond;
        const r = (results[roots[i]] ??= { rps: [], p99: [], ratio: [] });
        r.rps.push(api.requests.average);
        r.p99.push(api.latency.p99);
        r.ratio.push(api.requests.average / rawPerSecond);
        console.log(
          JSON.stringify({
            build: roots[i],
            run,
            rps: api.requests.average,
            p50: api.latency.p50,
            p99: api.latency.p99,
            raw: rawPerSecond,
            ratio: Math.round((api.requests.average / rawPerSecond) * 100) / 100,
          }),
        );
      }
    }
    await pool.end();
    for (const [build, r] of Object.entries(results)) {
      console.log(
        JSON.stringify({ build, medianRps: median(r.rps), medianP99: median(r.p99), medianRatio: Math.round(median(r.ratio) * 100) / 100 }),
      );
    }
  } finally {
    for (const s of servers) s.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 2000));
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
