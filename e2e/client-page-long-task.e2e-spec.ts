import { DemoSeeder } from '../server/src/demo/demo-seeder';
import { DEMO_PASSWORD } from '../server/src/demo/demo-data';
import { drawEveryChart } from './charts';
import { BrowserApp, describeInBrowser, screenshot, signInToCaseload, startBrowserApp } from './browser';

/**
 * A guard, not the target (issue 17 aims at no task over 200 ms): the demo client's page once ran one
 * main-thread task of about a second while its charts mounted. 500 ms leaves room for a busy machine
 * and still fails if the charts go back to mounting all at once.
 */
const LONGEST_TASK_LIMIT_MS = 500;

describeInBrowser('the client page stays responsive while its charts draw', () => {
  let b: BrowserApp;
  let clientId: string;
  beforeAll(async () => {
    b = await startBrowserApp();
    await b.t.app.get(DemoSeeder).seedIfEmpty();
    const [priya] = await b.t.db.query(`SELECT id FROM client WHERE first_name = 'Priya' AND last_name = 'Raman'`);
    clientId = priya.id;
    // Every main-thread task over 50 ms, observed from before the app's first script.
    await b.page.addInitScript(() => {
      const w = globalThis as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' as never, buffered: true });
    });
    await signInToCaseload(b.page, b.baseUrl, 'clara@demo.test', DEMO_PASSWORD);
  });
  afterAll(() => b?.close());

  it('opens the demo client Priya Raman with no main-thread task over 500 ms', async () => {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/clients/${clientId}`);
    await drawEveryChart(page);
    // A long task is reported once it has ended; the last chart's needs a moment to arrive.
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks);
    await screenshot(page, 'client-page-demo-charted');
    // Every chart drew (the page did not merely skip them).
    expect(await page.locator('section.sb-chart .sb-chart-visual > *').count()).toBeGreaterThanOrEqual(8);
    expect(Math.max(0, ...tasks)).toBeLessThanOrEqual(LONGEST_TASK_LIMIT_MS);
  });
});
