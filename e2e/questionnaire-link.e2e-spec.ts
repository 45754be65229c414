import type { Page } from 'playwright-core';
import { createClient, createGoal } from '../server/test/factories';
import { axeViolations, BrowserApp, describeInBrowser, screenshot, signInToCaseload, startBrowserApp } from './browser';
import { drawEveryChart } from './charts';

/** The text of the element that has focus: each new screen moves focus to its heading. */
const focusedText = (page: Page) =>
  page.evaluate(
    () => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent ?? '',
  );

describeInBrowser('a questionnaire the client answers through a link', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  it('is sent by the clinician, answered with the keyboard on a phone, then reviewed and its alert resolved', async () => {
    const practiceId = await b.t.practice('Harbour Practice');
    const clinician = await b.t.user(practiceId, 'clinician');
    const api = await b.t.signIn(clinician);
    const client = await createClient(api, { firstName: 'Maya', lastName: 'Okafor', dateOfBirth: '1990-04-12' });
    const goal = await createGoal(api, client.id, { domain: 'boundary_setting', title: 'Say no without apologising', baseline: 3 });
    const { page, baseUrl } = b;
    // A failed step says which, well before the test's own limit.
    page.setDefaultTimeout(15_000);

    // The clinician sends a PHQ-9 with the goals.
    await signInToCaseload(page, baseUrl, clinician.email);
    await page.goto(`${baseUrl}/clients/${client.id}?tab=questionnaires`);
    await page.getByRole('button', { name: 'Send questionnaire' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /^PHQ-9/ }).check();
    await dialog.getByRole('checkbox', { name: 'Ask the client to rate their goals' }).check();
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const link = dialog.getByRole('textbox', { name: 'Link', exact: true });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(/\/q\/[A-Za-z0-9_-]{22,}$/);
    await dialog.getByRole('img', { name: /QR code/ }).waitFor();
    await dialog.getByRole('button', { name: 'Start on this device' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'questionnaire-link-dialog');
    await dialog.getByRole('button', { name: 'Done' }).click();
    // The list shows the link's state, never the link itself.
    await page.getByRole('table').filter({ hasText: 'Not opened yet' }).waitFor();
    expect(await page.content()).not.toContain(new URL(url).pathname);

    // The client: a fresh browser with no cookies, phone-sized. The link's host is PUBLIC_URL; the path is what matters here.
    const phone = await b.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', timezoneId: 'UTC' });
    const q = await phone.newPage();
    q.setDefaultTimeout(15_000);
    const requests: string[] = [];
    q.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const answer = await q.goto(`${baseUrl}${new URL(url).pathname}`);
    expect(answer?.headers()['referrer-policy']).toBe('no-referrer');
    expect(answer?.headers()['cache-control']).toBe('no-store');
    await q.getByRole('heading', { name: 'A few questions from your practice' }).waitFor();
    await q.getByText('Harbour Practice').waitFor();
    expect(await axeViolations(q)).toEqual([]);
    // Nothing of the clinician app is loaded: no React, no Mantine (their chunks are named after them).
    expect(requests.filter((p) => p.endsWith('.js')).every((p) => /\/assets\/(q|inter)-/.test(p))).toBe(true);

    // A wrong date first, then the right one, typed field by field.
    await q.getByRole('textbox', { name: 'Day' }).focus();
    await q.keyboard.type('13');
    await q.keyboard.press('Tab');
    await q.keyboard.type('4');
    await q.keyboard.press('Tab');
    await q.keyboard.type('1990');
    await q.keyboard.press('Enter');
    await q.getByRole('alert').filter({ hasText: 'does not match' }).waitFor();
    await q.getByRole('textbox', { name: 'Day' }).fill('');
    await q.getByRole('textbox', { name: 'Day' }).focus();
    await q.keyboard.type('12');
    await q.keyboard.press('Enter');

    // One question per screen; a digit answers it and focus moves to the next question's heading.
    await q.getByText('1 of 10', { exact: true }).waitFor();
    await q.getByRole('heading', { level: 1 }).waitFor();
    expect(await focusedText(q)).toBe(await q.getByRole('heading', { level: 1 }).innerText());
    expect(await axeViolations(q)).toEqual([]);
    await q.setViewportSize({ width: 360, height: 740 });
    expect(
      await q.evaluate(
        () => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth,
      ),
    ).toBeLessThanOrEqual(360);
    await screenshot(q, 'questionnaire-page-question-360');
    await q.setViewportSize({ width: 390, height: 844 });
    await q.keyboard.press('2');
    await q.getByText('2 of 10', { exact: true }).waitFor();
    // Back keeps the answer: the first question shows "2" chosen.
    await q.getByRole('button', { name: 'Back' }).press('Enter');
    await q.getByText('1 of 10', { exact: true }).waitFor();
    await expect(q.locator('.q-answer[aria-pressed="true"]').getAttribute('data-value')).resolves.toBe('2');
    await q.getByRole('button', { name: 'Next' }).press('Enter');
    for (let i = 2; i <= 9; i++) {
      await q.getByText(`${i} of 10`, { exact: true }).waitFor();
      // Item 9 (thoughts of death or self-harm) above 0 brings the crisis text after sending.
      await q.keyboard.press(i === 9 ? '1' : '0');
    }

    // The goals, each optional, with a digit on the slider.
    await q.getByRole('heading', { name: 'How are your goals going?' }).waitFor();
    expect(await axeViolations(q)).toEqual([]);
    await screenshot(q, 'questionnaire-page-goals');
    await q.getByRole('slider', { name: 'Say no without apologising' }).focus();
    await q.keyboard.press('6');
    await q.getByText('6 out of 10').waitFor();
    await q.getByRole('button', { name: 'Next' }).press('Enter');
    await q.getByRole('heading', { name: 'Ready to send' }).waitFor();
    await q.getByRole('button', { name: 'Send my answers' }).press('Enter');
    await q.getByRole('heading', { name: 'Thank you' }).waitFor();
    await q.getByRole('heading', { name: 'If you need support now' }).waitFor();
    // No score and no band: only thanks and the practice's crisis text.
    expect(await q.locator('main').innerText()).not.toMatch(/score|severe|moderate|mild|minimal|\b\d+ of 27\b/i);
    expect(await axeViolations(q)).toEqual([]);
    await screenshot(q, 'questionnaire-page-thanks');
    await phone.close();

    // The clinician: the caseload flags the open alert first, and the new result.
    await page.goto(`${baseUrl}/caseload`);
    const row = page.getByRole('row').filter({ hasText: 'Okafor' });
    await row.getByText('Safety alert').waitFor();
    await expect(row.locator('.sb-flag').first().innerText()).resolves.toBe('Safety alert');
    await row.getByText('New results').waitFor();

    // "New" on the client's result, until marked reviewed.
    await page.goto(`${baseUrl}/clients/${client.id}?tab=questionnaires`);
    const result = page.locator('tr[data-measure-id]').filter({ hasText: 'Client' });
    await result.getByText('New', { exact: true }).waitFor();
    // …and on the Questionnaires tab, whichever tab is open.
    const questionnairesTab = page.getByRole('tab', { name: /^Questionnaires/ });
    await questionnairesTab.getByText('1 new', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'questionnaire-result-new');

    // The client's goal series beside the clinician's, in the chart and its table.
    await page.goto(`${baseUrl}/clients/${client.id}?tab=overview`);
    await drawEveryChart(page);
    const goalChart = page.getByRole('region', { name: 'Goal progress' });
    await goalChart.getByText('Say no without apologising: client’s own rating').first().waitFor();
    await goalChart.getByRole('button', { name: 'Show as table' }).click();
    await goalChart
      .getByRole('table', { name: /client’s own goal ratings/ })
      .getByRole('cell', { name: '6', exact: true })
      .waitFor();

    // The open alert: a red banner until resolved with a note.
    await page.goto(`${baseUrl}/clients/${client.id}?tab=questionnaires`);
    const banner = page.getByRole('alert').filter({ hasText: 'Safety alert' });
    await banner.waitFor();
    await screenshot(page, 'safety-alert-banner');
    await banner.getByRole('button', { name: 'Resolve' }).click();
    const resolveDialog = page.getByRole('dialog', { name: 'Resolve the safety alert' });
    await resolveDialog.getByRole('button', { name: 'Resolve alert' }).click();
    await resolveDialog.getByText(/^Write what was done/).waitFor();
    await resolveDialog.getByRole('textbox', { name: 'What was done' }).fill('Phoned Maya the same day: no plan or intent; safety plan reviewed.');
    await resolveDialog.getByRole('button', { name: 'Resolve alert' }).click();
    await banner.waitFor({ state: 'detached' });

    // Marked reviewed, the badge goes.
    await result.getByRole('button', { name: /Mark reviewed/ }).click();
    await result.getByText('New', { exact: true }).waitFor({ state: 'detached' });
    await questionnairesTab.getByText('1 new', { exact: true }).waitFor({ state: 'detached' });

    const measures = (await api.get(`/api/clients/${client.id}/measures`)).body.items;
    expect(measures).toEqual([expect.objectContaining({ instrument: 'phq9', source: 'client', responses: [2, 0, 0, 0, 0, 0, 0, 0, 1] })]);
    expect(measures[0].reviewedAt).not.toBeNull();
    const alerts = (await api.get(`/api/clients/${client.id}/alerts?status=all`)).body.items;
    expect(alerts).toEqual([
      expect.objectContaining({ status: 'resolved', note: 'Phoned Maya the same day: no plan or intent; safety plan reviewed.' }),
    ]);
    const progress = (await api.get(`/api/clients/${client.id}/progress`)).body;
    expect(progress.goals.find((g: { goalId: string }) => g.goalId === goal.id).clientPoints).toEqual([expect.objectContaining({ rating: 6 })]);
  }, 180_000);
});
