import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { drawEveryChart } from '../e2e/charts';
import { CHROMIUM_ARGS } from '../e2e/chromium';

// Page-level measurements shared by `npm run bench` and the side-by-side script (client-pages.ts):
// a server process per checkout, Lighthouse on a Chromium we launch ourselves, and the main-thread
// tasks a page runs while it opens.

export const CHROMIUM = '/usr/bin/chromium';
export const DEMO_EMAIL = 'clara@demo.test';
export const DEMO_PASSWORD = 'demo-password-2026';

/**
 * The built server of the checkout at `root` (it serves that checkout's client/dist) as its own
 * process. `seedDemo` seeds the demo practice when the database is still empty.
 */
export async function startAppServer(root: string, url: string, port: number, seedDemo = false): Promise<ChildProcess> {
  const entry = join(root, 'server/dist/server/src/main.js');
  if (!existsSync(entry)) throw new Error(`Build first: ${entry} is missing (npm run build)`);
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      SESSION_SECRET: 'b'.repeat(40),
      LOG_LEVEL: 'warn',
      SEED_DEMO: seedDemo ? 'true' : 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Up to 3 min: migrating and seeding the demo on a busy machine has taken over one.
  for (let i = 0; i < 900; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not up yet (seeding the demo takes a few seconds)
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('server did not start');
}

export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

/** The id of the signed-in clinician's client with this name (the demo's Priya Raman). */
export async function clientIdByName(base: string, cookie: string, name: string): Promise<string> {
  const res = await fetch(`${base}/api/clients?status=all&q=${encodeURIComponent(name.split(' ')[0])}`, { headers: { cookie } });
  const { items } = (await res.json()) as { items: { id: string; firstName: string; lastName: string }[] };
  const found = items.find((c) => `${c.firstName} ${c.lastName}` === name);
  if (!found) throw new Error(`no client named ${name}`);
  return found.id;
}

export interface LighthouseFigures {
  score: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  speedIndexMs: number;
  /** Cumulative layout shift: a quarter of the desktop score. */
  cls: number;
  /** The longest main-thread task Lighthouse saw (0 when none reached 50 ms). */
  longestTaskMs: number;
  domElements: number;
}

/** A headless Chromium with a DevTools port, for Lighthouse to drive. */
async function launchDebuggableChromium(): Promise<{ port: number; close: () => Promise<void> }> {
  const child = spawn(
    CHROMIUM,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=/tmp/sb-lighthouse-${process.pid}-${Date.now()}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port: ${seen.slice(-500)}`)), 15_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += String(chunk);
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', () => reject(new Error(`Chromium exited: ${seen.slice(-500)}`)));
  });
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Lighthouse 12, desktop preset, no throttling (what this loopback machine does, not a simulated
 * phone), signed in through a Cookie header on every request. One fresh Chromium per run.
 */
export async function lighthouse(url: string, cookie: string, viewportHeight?: number): Promise<LighthouseFigures> {
  const { default: run, desktopConfig } = await import('lighthouse');
  const chrome = await launchDebuggableChromium();
  try {
    const result = await run(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        throttlingMethod: 'provided',
        extraHeaders: { Cookie: cookie },
        // A taller window than the desktop preset's 940 px: charts draw only near the viewport, so this is how a
        // Lighthouse run gets to trace their drawing (client-pages.ts --tall).
        ...(viewportHeight ? { screenEmulation: { mobile: false, width: 1350, height: viewportHeight, deviceScaleFactor: 1, disabled: false } } : {}),
      },
      desktopConfig,
    );
    if (!result) throw new Error('Lighthouse returned nothing');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id];
    const longTasks = (audit('long-tasks')?.details as { items?: { duration: number }[] } | undefined)?.items ?? [];
    return {
      score: lhr.categories.performance.score ?? 0,
      tbtMs: Math.round(audit('total-blocking-time').numericValue ?? 0),
      lcpMs: Math.round(audit('largest-contentful-paint').numericValue ?? 0),
      fcpMs: Math.round(audit('first-contentful-paint').numericValue ?? 0),
      speedIndexMs: Math.round(audit('speed-index').numericValue ?? 0),
      cls: Math.round((audit('cumulative-layout-shift').numericValue ?? 0) * 1000) / 1000,
      longestTaskMs: Math.round(Math.max(0, ...longTasks.map((t) => t.duration))),
      domElements: audit('dom-size').numericValue ?? 0,
    };
  } finally {
    await chrome.close();
  }
}

/** Installs, before any page script runs, a record of every main-thread task over 50 ms. */
export async function recordLongTasks(page: Page): Promise<void> {
  // Runs in the page (globalThis is its window; this project compiles without the DOM library).
  await page.addInitScript(() => {
    const w = globalThis as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' as never, buffered: true });
  });
}

export const longTasks = (page: Page) => page.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks);

/**
 * Opens `url` signed in, waits until every chart has drawn (scrolling through: charts draw near the
 * viewport), and returns the page's long tasks and when the first chart was on screen and when the
 * last had drawn (ms from navigation). Long tasks include those the scrolled-to charts ran.
 */
export async function openCharted(base: string, cookie: string, url: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    await recordLongTasks(page);
    await page.goto(url);
    // The first chart's frame is brought into view as soon as it exists (a reader scrolling to it): charts draw
    // only near the viewport, and the panels above the tabs can push it below the fold.
    const first = page.locator('section.sb-chart .sb-chart-visual').first();
    await first.waitFor({ state: 'attached', timeout: 20_000 });
    await first.scrollIntoViewIfNeeded();
    await page.waitForSelector('.sb-chart-visual svg', { timeout: 20_000 });
    const firstChartMs = await page.evaluate(() => performance.now());
    await drawEveryChart(page, 20_000);
    const chartedMs = await page.evaluate(() => performance.now());
    // Long tasks are reported after they end; give the last one a frame to arrive.
    await page.waitForTimeout(300);
    const tasks = await longTasks(page);
    return {
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      longTasks: tasks.length,
      firstChartMs: Math.round(firstChartMs),
      chartedMs: Math.round(chartedMs),
    };
  } finally {
    await browser.close();
  }
}

export interface PageFigures {
  page: string;
  /** Lighthouse per run; none in --tiny. */
  lighthouse: LighthouseFigures[];
  /** Median of the runs, for the table. */
  median?: LighthouseFigures;
  /** A plain load's longest task and chart times (charted pages only). */
  charted?: Awaited<ReturnType<typeof openCharted>>;
}

/**
 * The caseload, the demo client Priya Raman and the five-year client, `runs` Lighthouse runs each
 * (0 in --tiny, which opens the demo client once without Lighthouse: a few seconds, so the check
 * cannot rot in CI).
 */
export async function measureClientPages(base: string, benchCookie: string, longClientId: string, runs: number): Promise<PageFigures[]> {
  if (!existsSync(CHROMIUM)) return [];
  const demoCookie = await signInCookie(base, DEMO_EMAIL, DEMO_PASSWORD);
  const demoClient = await clientIdByName(base, demoCookie, 'Priya Raman');
  const pages = [
    { page: 'caseload (bench clinician)', path: '/caseload', cookie: benchCookie, charts: false },
    { page: 'demo client Priya Raman', path: `/clients/${demoClient}`, cookie: demoCookie, charts: true },
    { page: 'five-year client', path: `/clients/${longClientId}`, cookie: benchCookie, charts: true },
  ].filter((p) => runs > 0 || p.page.startsWith('demo'));
  const out: PageFigures[] = [];
  for (const p of pages) {
    const figures: PageFigures = { page: p.page, lighthouse: [] };
    for (let i = 0; i < runs; i++) figures.lighthouse.push(await lighthouse(`${base}${p.path}`, p.cookie));
    if (figures.lighthouse.length) figures.median = medianOf(figures.lighthouse);
    if (p.charts) figures.charted = await openCharted(base, p.cookie, `${base}${p.path}`);
    out.push(figures);
  }
  return out;
}

function medianOf(runs: LighthouseFigures[]): LighthouseFigures {
  const mid = (k: keyof LighthouseFigures) => [...runs.map((r) => r[k])].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return {
    score: mid('score'),
    tbtMs: mid('tbtMs'),
    lcpMs: mid('lcpMs'),
    fcpMs: mid('fcpMs'),
    speedIndexMs: mid('speedIndexMs'),
    cls: mid('cls'),
    longestTaskMs: mid('longestTaskMs'),
    domElements: mid('domElements'),
  };
}
