import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { benchDatabase } from './bench-database';
import { createDataSource } from '../server/src/database/data-source';
import { BENCH_PASSWORD, generatePractice, TINY_SCALE } from './generate';
import { clientIdByName, DEMO_EMAIL, DEMO_PASSWORD, lighthouse, openCharted, signInCookie, startAppServer, type LighthouseFigures } from './pages';

/**
 * The client pages of two builds side by side, in the same time window (this machine's speed moves
 * by ±15 % from one minute to the next, so runs alternate between the builds):
 *
 *   git worktree add /tmp/perf-before <commit>   # then build its client there, and copy server/dist
 *   SWC_NODE_PROJECT=server/tsconfig.json node -r @swc-node/register bench/client-pages.ts /tmp/perf-before . --runs 3
 *
 * Each argument is a checkout whose built server serves its own client/dist. One database holds
 * the demo practice and a small generated one with the five-year client (260 sessions, 6 goals).
 * Per page and run: Lighthouse (desktop, no throttling) and, in a plain Playwright load, the
 * longest main-thread task and when the first and last chart had drawn. `--no-lighthouse` skips
 * Lighthouse; `--serve` only starts the servers, prints their pages and waits (for DevTools), until
 * interrupted. `--tall` adds, per client page, a Lighthouse run in a window 3,000 px tall (rows marked
 * "tall"): in the preset's 940 px the charts sit more than a screen below the fold and never draw during
 * Lighthouse's trace, so only a tall window shows what drawing them costs under its instrumentation.
 */
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 3);
const withLighthouse = !args.includes('--no-lighthouse');
const serveOnly = args.includes('--serve');
const tall = args.includes('--tall');
const TALL_HEIGHT = 3000;
const roots = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs').map((a) => resolve(a));

interface Row extends Partial<LighthouseFigures> {
  build: string;
  page: string;
  run: number;
  playwrightLongestTaskMs: number;
  firstChartMs: number | null;
  chartedMs: number | null;
}

async function main() {
  if (roots.length === 0) throw new Error('Name at least one checkout');
  const database = await benchDatabase('pages');
  const url = database.url;
  const servers: ChildProcess[] = [];
  try {
    // The first server migrates the empty database and seeds the demo; then the generated practice joins it.
    const bases: string[] = [];
    for (const [i, root] of roots.entries()) {
      const port = 5200 + i * 10 + Math.floor(Math.random() * 10);
      servers.push(await startAppServer(root, url, port, i === 0));
      bases.push(`http://127.0.0.1:${port}`);
      if (i === 0) {
        const db = createDataSource(url, 1);
        await db.initialize();
        await generatePractice(db, TINY_SCALE);
        await db.destroy();
      }
    }
    const demoCookie = await signInCookie(bases[0], DEMO_EMAIL, DEMO_PASSWORD);
    const benchCookie = await signInCookie(bases[0], 'clinician1@bench.test', BENCH_PASSWORD);
    const demoClient = await clientIdByName(bases[0], demoCookie, 'Priya Raman');
    const fiveYear = await clientIdByName(bases[0], benchCookie, 'Five Year');
    const pages = [
      { page: 'caseload (demo)', path: '/caseload', cookie: demoCookie, charts: false },
      { page: 'demo client Priya Raman', path: `/clients/${demoClient}`, cookie: demoCookie, charts: true },
      { page: 'five-year client', path: `/clients/${fiveYear}`, cookie: benchCookie, charts: true },
    ];
    if (serveOnly) {
      console.log(JSON.stringify({ bases, pages: pages.map((p) => ({ page: p.page, path: p.path, cookie: p.cookie })) }));
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()).once('SIGTERM', () => resolve()));
      return;
    }
    const rows: Row[] = [];
    for (let run = 1; run <= runs; run++) {
      // Alternate which build goes first, so neither always gets the quieter half of a run.
      const order = run % 2 ? roots.map((_, i) => i) : roots.map((_, i) => i).reverse();
      for (const i of order) {
        for (const p of pages) {
          // A run the busy machine spoils (Lighthouse: "the page stopped responding") is reported and left out.
          const lh = withLighthouse ? await lighthouse(`${bases[i]}${p.path}`, p.cookie).catch((err: Error) => (console.error(err.message), {})) : {};
          const pw = p.charts ? await openCharted(bases[i], p.cookie, `${bases[i]}${p.path}`) : null;
          const row: Row = {
            build: roots[i],
            page: p.page,
            run,
            ...lh,
            playwrightLongestTaskMs: pw?.longestTaskMs ?? 0,
            firstChartMs: pw?.firstChartMs ?? null,
            chartedMs: pw?.chartedMs ?? null,
          };
          rows.push(row);
          console.log(JSON.stringify(row));
          if (tall && withLighthouse && p.charts) {
            const lhTall = await lighthouse(`${bases[i]}${p.path}`, p.cookie, TALL_HEIGHT).catch((err: Error) => (console.error(err.message), null));
            if (lhTall) {
              const tallRow: Row = {
                build: roots[i],
                page: `${p.page} (tall)`,
                run,
                ...lhTall,
                playwrightLongestTaskMs: 0,
                firstChartMs: null,
                chartedMs: null,
              };
              rows.push(tallRow);
              console.log(JSON.stringify(tallRow));
            }
          }
        }
      }
    }
    summarise(rows);
  } finally {
    for (const s of servers) s.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await database.drop();
  }
}

/** Median and range per build and page. */
function summarise(rows: Row[]) {
  const keys = [
    'score',
    'tbtMs',
    'lcpMs',
    'fcpMs',
    'speedIndexMs',
    'cls',
    'longestTaskMs',
    'domElements',
    'playwrightLongestTaskMs',
    'firstChartMs',
    'chartedMs',
  ] as const;
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(`${r.build}|${r.page}`, [...(groups.get(`${r.build}|${r.page}`) ?? []), r]);
  const table = [...groups].map(([key, rs]) => {
    const [build, page] = key.split('|');
    const out: Record<string, string> = { build: build.split('/').pop() ?? build, page };
    for (const k of keys) {
      const values = rs
        .map((r) => r[k])
        .filter((v): v is number => typeof v === 'number')
        .sort((a, b) => a - b);
      if (values.length) out[k] = `${values[Math.floor(values.length / 2)]} (${values[0]}–${values[values.length - 1]})`;
    }
    return out;
  });
  console.table(table);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
