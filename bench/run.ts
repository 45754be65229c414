import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { findRepoRoot } from '../server/src/config/config';
import { createDataSource } from '../server/src/database/data-source';
import { benchDatabase } from './bench-database';
import { BENCH_PASSWORD, generatePractice, PRACTICE_SCALE, TINY_SCALE } from './generate';
import { loadRaw, rawQueries } from './raw-sql';
import { measureBrowser, bundleSizes } from './browser';
import { measureClientPages, startAppServer } from './pages';
import { questionnairePageWeight } from './questionnaire-page';
import { questionnaireSubmitThroughput } from './questionnaire-submit';

/**
 * `npm run bench` (`-- --tiny` for the few-second CI version): generates a practice, starts the
 * real server as a child process, loads each endpoint with autocannon and the same SQL with pg
 * at the same concurrency, and writes bench/results.json.
 */
const tiny = process.argv.includes('--tiny');
const DURATION = Number(process.env.BENCH_SECONDS ?? (tiny ? 1 : 10));
const CONNECTIONS = 10;
/** Lighthouse runs per page (BENCH_LIGHTHOUSE_RUNS); the machine moves by ±15 %, so one is not enough. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const root = findRepoRoot();

interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  rawPerSecond?: number;
  rawP99?: number;
  ratio?: number;
}

async function main() {
  const database = await benchDatabase('bench');
  const url = database.url;
  let server: ChildProcess | undefined;
  try {
    const generateOnly = process.argv.includes('--generate-only');
    const port = 4600 + Math.floor(Math.random() * 300);
    // Started on the empty database, so it migrates it and seeds the demo practice (Lighthouse opens a
    // demo client); the generated practice is added beside it.
    if (!generateOnly) server = await startAppServer(root, url, port, true);
    // One connection, so the session settings of the generator (no statement timeout) hold for every statement.
    const db = createDataSource(url, 1);
    await db.initialize();
    await db.runMigrations();
    const generated = await generatePractice(db, tiny ? TINY_SCALE : PRACTICE_SCALE);
    await db.destroy();
    console.log(`Generated in ${generated.seconds.toFixed(1)} s:`, generated.rows, generated.bytes);
    if (generateOnly) return;

    const base = `http://127.0.0.1:${port}`;
    const cookie = await signIn(base, generated.longClinicianEmail);
    const writeClient = await json(base, cookie, 'POST', '/api/clients', { firstName: 'Write', lastName: 'Path', intakeDate: '2026-01-01' });

    const pool = new Pool({ connectionString: url, max: CONNECTIONS });
    const raw = await rawQueries(pool, generated);
    const reads: [string, string, (() => Promise<unknown>) | undefined][] = [
      ['GET /api/auth/me', '/api/auth/me', raw.me],
      ['GET /api/dashboard', '/api/dashboard', raw.dashboard],
      ['GET /api/clients/:id/progress (5 years)', `/api/clients/${generated.longClientId}/progress`, raw.progress],
      ['GET /api/clients/:id/sessions', `/api/clients/${generated.longClientId}/sessions`, raw.sessions],
      ['GET /api/clients/:id/prep (5 years)', `/api/clients/${generated.longClientId}/prep`, raw.prep],
    ];
    const results: LoadResult[] = [];
    for (const [name, path, rawFn] of reads) {
      const r = await load(base, cookie, { path, method: 'GET' });
      const result: LoadResult = { name, ...r };
      if (rawFn) {
        // The endpoint's SQL straight through pg, as many at a time and for as long as the API was loaded.
        const baseline = await loadRaw(rawFn, CONNECTIONS, DURATION);
        const rawPerSecond = round(baseline.perSecond, 1);
        Object.assign(result, { rawPerSecond, rawP99: round(baseline.p99, 1), ratio: round(r.requestsPerSecond / rawPerSecond, 2) });
      }
      results.push(result);
    }
    const before = await count(pool, writeClient.id);
    const write = await load(base, cookie, {
      path: `/api/clients/${writeClient.id}/sessions`,
      method: 'POST',
      body: JSON.stringify({
        startedAt: '2026-03-02T15:00:00Z',
        durationMinutes: 50,
        modality: 'individual',
        setting: 'in_person',
        attendance: 'attended',
        summary: 'Bench session',
        patterns: [{ pattern: 'reassurance_seeking', intensity: 1 }],
        interventions: [{ approach: 'cbt', note: 'Thought record reviewed.' }],
      }),
    });
    const written = (await count(pool, writeClient.id)) - before;
    results.push({ name: 'POST /api/clients/:id/sessions', ...write });

    const questionnaireSubmit = await questionnaireSubmitThroughput(base, cookie, { links: tiny ? 20 : 2000, connections: CONNECTIONS });
    const pdf = await timePdf(base, cookie, generated.longClientId);
    const browser = await measureBrowser(base, generated.longClinicianEmail, BENCH_PASSWORD, generated.longClientId, join(root, 'client/dist'));
    const bundles = bundleSizes(join(root, 'client/dist'));
    const pages = await measureClientPages(base, cookie, generated.longClientId, tiny ? 0 : LIGHTHOUSE_RUNS);
    await pool.end();

    const results_ = {
      at: new Date().toISOString(),
      machine: machine(),
      tiny,
      durationSeconds: DURATION,
      connections: CONNECTIONS,
      generated: { seconds: round(generated.seconds, 1), rows: generated.rows, bytes: generated.bytes },
      load: results,
      // autocannon stops counting at the deadline; up to `connections` requests may still complete after it.
      writes: { acknowledged: write.total2xx, inDatabase: written, lost: Math.max(0, write.total2xx - written) },
      pdf,
      browser,
      bundles,
      questionnairePage: questionnairePageWeight(join(root, 'client/dist')),
      questionnaireSubmit,
      pages,
    };
    console.table(
      results.map((r) => ({
        endpoint: r.name,
        'req/s': r.requestsPerSecond,
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        errors: r.errors + r.non2xx,
        'raw req/s': r.rawPerSecond ?? '',
        'raw p99': r.rawP99 ?? '',
        'API/raw': r.ratio ?? '',
      })),
    );
    console.log({ writes: results_.writes, questionnaireSubmit, pdf, browser, bundles });
    console.table(
      pages.map((p) => ({
        page: p.page,
        'Lighthouse (median)': p.median?.score ?? '',
        'TBT ms': p.median?.tbtMs ?? '',
        'LCP ms': p.median?.lcpMs ?? '',
        'longest task ms': p.median?.longestTaskMs ?? '',
        'scores of the runs': p.lighthouse.map((r) => r.score).join(' '),
        'plain load: longest task ms': p.charted?.longestTaskMs ?? '',
        'first chart ms': p.charted?.firstChartMs ?? '',
        'charted ms': p.charted?.chartedMs ?? '',
      })),
    );
    mkdirSync(join(root, 'bench'), { recursive: true });
    writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results_, null, 2)}\n`);
    console.log('Wrote bench/results.json');
    if (results.some((r) => r.errors > 0 || r.non2xx > 0) || written < write.total2xx) process.exitCode = 1;
  } finally {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await database.drop();
  }
}

async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

async function json(base: string, cookie: string, method: string, path: string, body?: unknown): Promise<{ id: string }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status}`);
  return (await res.json()) as { id: string };
}

async function load(base: string, cookie: string, req: { path: string; method: 'GET' | 'POST'; body?: string }) {
  const result = await autocannon({
    url: `${base}${req.path}`,
    method: req.method,
    body: req.body,
    headers: { cookie, 'content-type': 'application/json', 'accept-encoding': 'gzip' },
    connections: CONNECTIONS,
    duration: DURATION,
  });
  return {
    requestsPerSecond: round(result.requests.average, 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total2xx: result['2xx'],
  };
}

async function timePdf(base: string, cookie: string, clientId: string) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < (tiny ? 1 : 5); i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/clients/${clientId}/summary?format=pdf&includeNotes=true`, { headers: { cookie } });
    if (res.status === 404) return { available: false };
    bytes = (await res.arrayBuffer()).byteLength;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { available: true, medianMs: round(times[Math.floor(times.length / 2)], 0), bytes };
}

async function count(pool: Pool, clientId: string): Promise<number> {
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM therapy_session WHERE client_id = $1`, [clientId]);
  return rows[0].n;
}

function machine() {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: round(totalmem() / 2 ** 30, 0), node: process.version };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
