import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { drawEveryChart } from '../e2e/charts';
import { CHROMIUM_ARGS } from '../e2e/chromium';
import { CHROMIUM } from './pages';

/** Every JS file in the build: raw and gzip bytes (the whole app, for reference). */
export function bundleSizes(dist: string) {
  const dir = join(dist, 'assets');
  if (!existsSync(dir)) return null;
  let raw = 0;
  let gzip = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const body = readFileSync(join(dir, f));
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { allJsBytes: raw, allJsGzipBytes: gzip };
}

/**
 * In headless Chromium on loopback: the JS the sign-in and caseload screens actually load
 * (gzip-compressed size of each script fetched), the caseload's largest contentful paint, and
 * how long the five-year client's page takes until every chart has drawn.
 */
export async function measureBrowser(base: string, email: string, password: string, longClientId: string, dist: string) {
  if (!existsSync(CHROMIUM)) return { available: false };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    // Sizes are read from the build on disk (gzip level 9 would flatter; zlib default is what servers send).
    const scripts = new Map<string, number>();
    page.on('request', (req) => {
      if (req.resourceType() !== 'script') return;
      const file = join(dist, new URL(req.url()).pathname);
      if (existsSync(file)) scripts.set(file, gzipSync(readFileSync(file)).length);
    });
    await page.goto(`${base}/sign-in`, { waitUntil: 'networkidle' });
    const signInJs = sum(scripts);
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Caseload' }).waitFor();
    await page.waitForTimeout(500);
    const caseloadJs = sum(scripts);

    // A fresh navigation to the caseload, signed in: LCP as Chromium reports it.
    await page.goto(`${base}/caseload`, { waitUntil: 'networkidle' });
    const caseloadLcpMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1].startTime);
          }).observe({ type: 'largest-contentful-paint' as never, buffered: true });
          setTimeout(() => resolve(-1), 3000);
        }),
    );

    const t0 = Date.now();
    await page.goto(`${base}/clients/${longClientId}?tab=overview`);
    let chartedMs: number | null = null;
    try {
      await drawEveryChart(page, 15_000);
      chartedMs = await page.evaluate(() => performance.now());
    } catch {
      chartedMs = null;
    }
    return {
      available: true,
      signInJsGzipBytes: signInJs,
      signInAndCaseloadJsGzipBytes: caseloadJs,
      caseloadLcpMs: Math.round(caseloadLcpMs),
      fiveYearClientChartedMs: chartedMs === null ? null : Math.round(chartedMs),
      fiveYearWallMs: chartedMs === null ? null : Date.now() - t0,
    };
  } finally {
    await browser.close();
  }
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
