import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium } from 'playwright-core';
import { benchDatabase } from './bench-database';
import { drawEveryChart } from '../e2e/charts';
import { CHROMIUM_ARGS } from '../e2e/chromium';
import { CHROMIUM, clientIdByName, DEMO_EMAIL, DEMO_PASSWORD, signInCookie, startAppServer } from './pages';

/**
 * Where the client page's main-thread time goes, on the demo client Priya Raman:
 *
 *   SWC_NODE_PROJECT=server/tsconfig.json node -r @swc-node/register bench/profile-client-page.ts [checkout root]
 *
 * Runs the checkout's built server on a fresh demo database, opens the Overview in headless
 * Chromium with a CPU profile and a DevTools timeline trace, and prints the longest task: how much
 * of it is script (by package, through the build's source maps), style and layout, and the DOM
 * elements each chart left behind. Writes the raw profile and trace to /tmp for DevTools.
 */
const root = resolve(process.argv[2] ?? join(__dirname, '..'));
const dist = join(root, 'client/dist');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

const maps = new Map<string, TraceMap | null>();
function sourceOf(frame: ProfileNode['callFrame'], withName = false): string {
  if (!frame.url) return frame.functionName || '(native)';
  const file = join(dist, new URL(frame.url).pathname);
  if (!maps.has(file)) {
    try {
      maps.set(file, new TraceMap(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      maps.set(file, null);
    }
  }
  const map = maps.get(file);
  if (!map) return new URL(frame.url).pathname;
  const pos = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  const source = pos.source ?? '?';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  const where = pkg ? pkg[1] : source.replace(/^.*?\/(client|shared)\/src\//, '$1/');
  return withName ? `${where}${pkg ? source.slice(pkg.index + pkg[0].length) : ''}:${pos.line} ${pos.name ?? frame.functionName}` : where;
}

async function main() {
  const database = await benchDatabase('profile');
  const port = 4900 + Math.floor(Math.random() * 300);
  const server = await startAppServer(root, database.url, port, true);
  const base = `http://127.0.0.1:${port}`;
  try {
    const cookie = await signInCookie(base, DEMO_EMAIL, DEMO_PASSWORD);
    const clientId = await clientIdByName(base, cookie, 'Priya Raman');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    // Warm the HTTP cache and the server once, as a clinician coming back to the page would have.
    await page.goto(`${base}/clients/${clientId}`);
    await drawEveryChart(page);
    await page.goto('about:blank');

    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'],
    });
    await cdp.send('Profiler.start');
    await page.goto(`${base}/clients/${clientId}`);
    await drawEveryChart(page);
    await page.waitForTimeout(500);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const trace = JSON.parse(String(await browser.stopTracing())) as { traceEvents: TraceEvent[] };
    writeFileSync('/tmp/client-page.cpuprofile', JSON.stringify(profile));
    writeFileSync('/tmp/client-page.trace.json', JSON.stringify(trace));

    const perChart = await page.evaluate(() => {
      // In the page; this project compiles without the DOM library.
      type Found = { textContent: string | null; querySelector(s: string): Found | null; querySelectorAll(s: string): ArrayLike<Found> };
      const document = (globalThis as unknown as { document: Found }).document;
      return Array.from(document.querySelectorAll('section.sb-chart')).map((s) => ({
        chart: s.querySelector('h2, h3')?.textContent ?? '?',
        elements: s.querySelectorAll('*').length,
        svgElements: s.querySelectorAll('svg *').length,
      }));
    });
    const allElements = await page.evaluate(
      () => (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<unknown> } }).document.querySelectorAll('*').length,
    );
    await browser.close();

    // The renderer's main thread, and its longest task.
    const events = trace.traceEvents;
    // Every renderer main thread (the navigation may change process); the longest task on any of them.
    const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const isMain = (e: TraceEvent) => mains.some((m) => m.pid === e.pid && m.tid === e.tid);
    const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && isMain(e)).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
    const longest = tasks[0];
    const onMain = events.filter((e) => e.ph === 'X' && e.pid === longest.pid && e.tid === longest.tid);
    const end = longest.ts + (longest.dur ?? 0);
    console.log(
      `Tasks over 50 ms: ${tasks
        .filter((t) => (t.dur ?? 0) > 50_000)
        .map((t) => Math.round((t.dur ?? 0) / 1000))
        .join(', ')} ms`,
    );
    console.log(`Longest task: ${Math.round((longest.dur ?? 0) / 1000)} ms`);
    const inside = onMain.filter((e) => e.ts >= longest.ts && e.ts < end && e !== longest);
    const byName = new Map<string, { ms: number; count: number }>();
    for (const e of inside) {
      if (
        ![
          'Layout',
          'UpdateLayoutTree',
          'Paint',
          'PrePaint',
          'Layerize',
          'FunctionCall',
          'EvaluateScript',
          'v8.compile',
          'MinorGC',
          'MajorGC',
          'V8.GC_SCAVENGER',
          'ParseHTML',
          'IntersectionObserverController::computeIntersections',
          'ResizeObserverController::BroadcastObservations',
        ].includes(e.name)
      )
        continue;
      const entry = byName.get(e.name) ?? { ms: 0, count: 0 };
      entry.ms += (e.dur ?? 0) / 1000;
      entry.count += 1;
      byName.set(e.name, entry);
    }
    console.table([...byName].map(([n, v]) => ({ event: n, ms: Math.round(v.ms), count: v.count })).sort((a, b) => b.ms - a.ms));

    // CPU samples inside the longest task, by package or source file (self time).
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const bySource = new Map<string, number>();
    const byFunction = new Map<string, number>();
    let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i];
      if (t < longest.ts || t >= end) continue;
      const node = nodes.get(profile.samples[i])!;
      const key = sourceOf(node.callFrame);
      bySource.set(key, (bySource.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
      const fn = sourceOf(node.callFrame, true);
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    }
    console.table(
      [...bySource]
        .map(([s, ms]) => ({ source: s, ms: Math.round(ms) }))
        .filter((r) => r.ms >= 5)
        .sort((a, b) => b.ms - a.ms),
    );
    console.table(
      [...byFunction]
        .map(([f, ms]) => ({ function: f, ms: Math.round(ms) }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 25),
    );
    console.table(perChart);
    console.log(`DOM elements on the page: ${allElements}`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await database.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
