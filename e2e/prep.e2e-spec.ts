import { join } from 'node:path';
import { DemoSeeder } from '../server/src/demo/demo-seeder';
import { DEMO_CASELOADS, DEMO_PASSWORD } from '../server/src/demo/demo-data';
import { axeViolations, BrowserApp, describeInBrowser, shotsDir, signInToCaseload, startBrowserApp } from './browser';

/** Pages in a PDF: each page object of the file is one `/Type /Page` (not `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describeInBrowser('Before the session, on the demo clients', () => {
  let b: BrowserApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    b = await startBrowserApp();
    await b.t.app.get(DemoSeeder).seedIfEmpty();
    for (const row of await b.t.db.query(`SELECT id, first_name || ' ' || last_name AS name FROM client`)) ids[row.name] = row.id;
    // The screen the issue names: 1280 × 800.
    await b.page.setViewportSize({ width: 1280, height: 800 });
    await signInToCaseload(b.page, b.baseUrl, 'clara@demo.test', DEMO_PASSWORD);
  });
  afterAll(() => b?.close());

  /** Opens the client and waits for the panel's content; the page must not have scrolled to show it. */
  async function openPanel(name: string) {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/clients/${ids[name]}`);
    const panel = page.getByTestId('prep-panel');
    await panel.getByRole('heading', { name: 'Active goals' }).waitFor();
    const box = (await panel.boundingBox())!;
    await page.screenshot({ path: join(shotsDir, `prep-${name.split(' ')[0].toLowerCase()}-screen.png`) });
    expect(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBe(0);
    // The whole panel is on the first screen.
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    return panel;
  }

  it('shows Maya what changed and what needs action, alert first, on one screen and one A4 page', async () => {
    const { page } = b;
    const panel = await openPanel('Maya Lindqvist');

    // What needs action: the open safety alert is its first line, then the result to review.
    const action = panel.locator('section[aria-labelledby="prep-action"] li');
    await expect(action.first().getAttribute('data-testid')).resolves.toBe('prep-alert');
    await expect(action.first().textContent()).resolves.toMatch(/^Safety alert open since/);
    await expect(panel.textContent()).resolves.toMatch(/2 results to review: PHQ-9 of .*, GAD-7 of /);
    // Each questionnaire line: its latest score with band, change since the previous, the verdict, linked to its questionnaire.
    const phq9 = panel.getByTestId('prep-measure').filter({ hasText: 'PHQ-9' });
    await expect(phq9.getByRole('link', { name: 'PHQ-9' }).getAttribute('href')).resolves.toBe(
      `/clients/${ids['Maya Lindqvist']}?tab=questionnaires&instrument=phq9`,
    );
    await expect(phq9.textContent()).resolves.toMatch(
      /^PHQ-9(New)?\d+ \w+ \d+ \w+ \d{4}, by the client[↑↓→] (up|down|same).*(Reliably|No reliable|No verdict)/,
    );
    // Each goal: three ratings linked to their sessions, the client's own rating, a trend word.
    const goals = panel.getByTestId('prep-goal');
    expect(await goals.count()).toBeGreaterThan(0);
    await expect(goals.first().locator('a[href^="/sessions/"]').count()).resolves.toBe(3);
    await expect(goals.first().locator('td').nth(1).textContent()).resolves.toMatch(/^\d+ \d+ \w+ \d{4}$/);
    await expect(goals.first().locator('td').nth(2).textContent()).resolves.toMatch(/^(Improving|Stable|Worsening)$/);
    await expect(
      panel
        .getByRole('link', { name: /^\d+ \w+ \d{4}/ })
        .first()
        .getAttribute('href'),
    ).resolves.toMatch(/^\/sessions\//);
    await expect(panel.locator('section[aria-labelledby="prep-plan"]').textContent()).resolves.not.toContain('No plan written');
    await expect(panel.locator('section[aria-labelledby="prep-due"]').textContent()).resolves.toMatch(
      /Next due(No questionnaire scheduled\.|.+ on \d+ \w+ \d{4})$/,
    );

    expect(await axeViolations(page, '[data-testid="prep-panel"]')).toEqual([]);

    // Print: the panel alone, on one A4 page.
    await page.evaluate(() =>
      (globalThis as unknown as { document: { documentElement: { classList: { add(c: string): void } } } }).document.documentElement.classList.add(
        'sb-print-prep',
      ),
    );
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(shotsDir, 'prep-maya-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: join(shotsDir, 'prep-maya.pdf') });
    expect(pdfPages(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('empties the results to review with "Mark all reviewed"', async () => {
    const panel = await openPanel('Maya Lindqvist');
    await panel.getByRole('button', { name: 'Mark all reviewed' }).click();
    await panel.getByText(/results? to review/).waitFor({ state: 'detached' });
    // The alert stays until it is resolved with a note.
    await expect(panel.getByTestId('prep-alert').count()).resolves.toBe(1);
  });

  // Every demo client of Clara's still in therapy.
  const claras = DEMO_CASELOADS['clara@demo.test']
    .filter((c) => c.dischargedWeeksAgo === undefined)
    .map((c) => `${c.client.firstName} ${c.client.lastName}`);
  it.each(claras.slice(1))('fits %s on one screen with nothing scrolled', async (name) => {
    const panel = await openPanel(name);
    expect(await panel.getByTestId('prep-measure').count()).toBeGreaterThan(0);
  });
});
