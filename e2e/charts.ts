import type { Page } from 'playwright-core';

/**
 * Scrolls the Overview through, chart by chart, until every chart has drawn (data-charts-ready="true"),
 * then back to the top. Charts draw only near the viewport (client/src/components/charts/charts-ready.tsx),
 * so a page far taller than the window is never "ready" without this.
 */
export async function drawEveryChart(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('[data-charts-ready]').first().waitFor({ timeout });
  const deadline = Date.now() + timeout;
  while (!(await page.locator('[data-charts-ready="true"]').count())) {
    if (Date.now() > deadline) throw new Error('drawEveryChart: the charts did not all draw');
    const frames = page.locator('section.sb-chart .sb-chart-visual');
    const count = await frames.count();
    for (let i = 0; i < count; i++) {
      const frame = frames.nth(i);
      if ((await frame.locator(':scope > *').count()) > 0) continue;
      await frame.scrollIntoViewIfNeeded();
      await frame
        .locator(':scope > *')
        .first()
        .waitFor({ timeout: Math.max(1, deadline - Date.now()) });
    }
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));
}
