import { readFileSync } from 'node:fs';
import { createClient, createGoal } from '../server/test/factories';
import { drawEveryChart } from './charts';
import { axeViolations, BrowserApp, describeInBrowser, screenshot, signInToCaseload, startBrowserApp } from './browser';

describeInBrowser('progress, questionnaires and export in the browser', () => {
  let b: BrowserApp;
  let clientId: string;
  let clinicianEmail: string;
  beforeAll(async () => {
    b = await startBrowserApp();
    const practiceId = await b.t.practice('Lakeside Practice');
    const clinician = await b.t.user(practiceId, 'clinician');
    clinicianEmail = clinician.email;
    const api = await b.t.signIn(clinician);
    clientId = (await createClient(api, { firstName: 'Hannah', lastName: 'Becker' })).id;
    const goal = await createGoal(api, clientId, { domain: 'communication', title: 'Ask directly for what I need', baseline: 3 });
    await api.post(`/api/clients/${clientId}/sessions`).send({
      startedAt: '2026-02-02T15:00:00Z',
      durationMinutes: 50,
      modality: 'individual',
      setting: 'in_person',
      attendance: 'attended',
      goalRatings: [{ goalId: goal.id, rating: 4 }],
      interventions: [{ approach: 'eft', note: 'Tracked the cycle.' }],
    });
    await api.post(`/api/clients/${clientId}/measures`).send({ instrument: 'gad7', administeredOn: '2026-02-02', responses: [2, 2, 2, 2, 2, 2, 2] });
    await signInToCaseload(b.page, b.baseUrl, clinician.email);
  });
  afterAll(() => b?.close());

  it('has no WCAG 2.1 A/AA violations on the caseload and the client overview', async () => {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/caseload`);
    await page
      .getByRole('cell', { name: /Hannah/ })
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${baseUrl}/clients/${clientId}?tab=overview`);
    await drawEveryChart(page);
    await screenshot(page, 'client-overview');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a newly logged session\u2019s rating in the goal chart', async () => {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/clients/${clientId}?tab=overview`);
    await drawEveryChart(page);
    const goals = page.getByRole('region', { name: 'Goal progress' });
    await goals.getByRole('button', { name: 'Show as table' }).click();
    await expect(goals.locator('table').first().innerText()).resolves.not.toMatch(/\b9\b/);

    await page.getByRole('link', { name: 'Log session' }).first().click();
    const rating = page.getByRole('slider', { name: 'Rating: Ask directly for what I need' });
    await rating.waitFor();
    await rating.focus();
    await page.keyboard.press('9');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);

    await page.goto(`${baseUrl}/clients/${clientId}?tab=overview`);
    await drawEveryChart(page);
    const after = page.getByRole('region', { name: 'Goal progress' });
    await after.getByRole('button', { name: 'Show as table' }).click();
    await expect(after.locator('table').first().innerText()).resolves.toMatch(/\b9\b/);
    // The line has a point per rated session.
    expect(await after.locator('.sb-chart-point').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'goal-chart-after-new-session');
  });

  it('records a PHQ-9 by digit keys and shows the server\u2019s score', async () => {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/clients/${clientId}`);
    await page.getByRole('link', { name: 'Record questionnaire' }).first().click();
    const picker = page.getByRole('combobox', { name: 'Questionnaire' });
    await picker.click();
    await picker.fill('phq');
    await page.keyboard.press('Enter');
    await page.getByRole('spinbutton', { name: /^Item 1:/ }).focus();
    // 1+1+1+1+1+1+1+1+0 = 8 → mild.
    await page.keyboard.type('111111110');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/tab=questionnaires/);
    await page.getByText(/Mild/).first().waitFor();
    const [m] = await b.t.db.query(`SELECT scores, band FROM measure WHERE client_id = $1 AND instrument = 'phq9'`, [clientId]);
    expect(m).toEqual({ scores: { total: 8 }, band: 'mild' });
  });

  it('flags a client who is reliably worse with a safety item, and shows the verdict and the attachment movement', async () => {
    const { page, baseUrl, t } = b;
    const api = await t.signIn({ email: clinicianEmail });
    const worse = (await api.post('/api/clients').send({ firstName: 'Ines', lastName: 'Kowalski', intakeDate: '2026-01-05' })).body.id;
    // PHQ-9 5 → 12: +7 against the smallest reliable change 4.116 (S_diff 2.1) → reliably worse; item 9 = 1 → safety.
    await api
      .post(`/api/clients/${worse}/measures`)
      .send({ instrument: 'phq9', administeredOn: '2026-01-05', responses: [1, 1, 1, 1, 1, 0, 0, 0, 0] });
    await api
      .post(`/api/clients/${worse}/measures`)
      .send({ instrument: 'phq9', administeredOn: '2026-03-02', responses: [2, 2, 2, 1, 1, 1, 1, 1, 1] });
    // ECR-RS: avoidance = mean of 8 − items 1–4 and items 5–6; anxiety = mean of items 7–9.
    // First: items 1–4 = 6 (→ 2), 5–6 = 2 → avoidance 2; anxiety (6+6+6)/3 = 6 → anxious-preoccupied.
    await api
      .post(`/api/clients/${worse}/measures`)
      .send({ instrument: 'ecr_rs', administeredOn: '2026-01-05', responses: [6, 6, 6, 6, 2, 2, 6, 6, 6] });
    // Latest: avoidance 2 again; anxiety (3+3+3)/3 = 3 → secure.
    await api
      .post(`/api/clients/${worse}/measures`)
      .send({ instrument: 'ecr_rs', administeredOn: '2026-03-02', responses: [6, 6, 6, 6, 2, 2, 3, 3, 3] });

    await page.goto(`${baseUrl}/caseload`);
    const row = page.getByRole('row', { name: /Kowalski/ });
    await row.waitFor();
    await expect(row.locator('[data-flag="reliably_worse"]').innerText()).resolves.toBe('Reliably worse');
    await expect(row.locator('[data-flag="safety_item"]').innerText()).resolves.toBe('Safety item');

    await page.goto(`${baseUrl}/clients/${worse}?tab=overview`);
    await drawEveryChart(page);
    const phq9 = page.getByRole('region', { name: 'PHQ-9' });
    await expect(phq9.locator('.sb-verdict').innerText()).resolves.toMatch(/Reliably worse\s*5 → 12/);
    await expect(phq9.locator('[data-flag="safety_item"]').innerText()).resolves.toMatch(
      /^Item 9 answered above 0 — ask about safety \(latest, 2 Mar 2026\)\.$/,
    );
    // The ECR-RS has no confirmed SD: first → latest shows, with no verdict.
    const anxiety = page.getByRole('region', { name: 'ECR-RS: Attachment anxiety' });
    await expect(anxiety.locator('.sb-verdict').getAttribute('data-verdict')).resolves.toBe('none');
    await expect(anxiety.locator('.sb-verdict').innerText()).resolves.toMatch(/^No verdict\s*6 → 3$/);
    await anxiety.getByText('The published SD and test–retest figures for this scale are not confirmed yet', { exact: false }).waitFor();
    const plot = page.getByRole('region', { name: 'Attachment plot' });
    await plot.getByText(/^Moved from anxious-preoccupied \(.+\) to secure \(.+\)\.$/).waitFor();
    await screenshot(page, 'client-overview-reliably-worse');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('draws years of weekly ratings as bare lines and still finds the session under the pointer', async () => {
    const { page, baseUrl, t } = b;
    const api = await t.signIn({ email: clinicianEmail });
    const long = (await api.post('/api/clients').send({ firstName: 'Lena', lastName: 'Longcourse', intakeDate: '2024-01-01' })).body.id;
    const goal = (
      await api
        .post(`/api/clients/${long}/goals`)
        .send({ domain: 'self_esteem', title: 'Notice the inner critic', baseline: 2, target: 8, startedOn: '2024-01-01' })
    ).body;
    // 300 weekly sessions in a plot about 1,000 px wide: about 3 px each, under the 4 px a marker needs.
    const week = 7 * 86_400_000;
    for (let batch = 0; batch < 300; batch += 30) {
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          api.post(`/api/clients/${long}/sessions`).send({
            startedAt: new Date(Date.parse('2020-11-02T15:00:00Z') + (batch + i) * week).toISOString(),
            durationMinutes: 50,
            modality: 'individual',
            setting: 'in_person',
            attendance: 'attended',
            goalRatings: [{ goalId: goal.id, rating: (batch + i) % 11 }],
          }),
        ),
      );
    }
    await page.goto(`${baseUrl}/clients/${long}?tab=overview`);
    await drawEveryChart(page);
    const chart = page.getByRole('region', { name: 'Goal progress' });
    expect(await chart.locator('.sb-chart-point').count()).toBe(0);
    const layer = chart.locator('.sb-chart-pointer-layer');
    await layer.scrollIntoViewIfNeeded();
    const box = (await layer.boundingBox())!;
    await layer.hover({ position: { x: box.width / 2, y: box.height / 2 } });
    const tip = chart.locator('.sb-chart-tooltip-pinned');
    await expect(tip.innerText()).resolves.toMatch(/Notice the inner critic: \d+[\s\S]*Click to open the session/);
    await screenshot(page, 'goal-chart-crowded-hover');
    await layer.click({ position: { x: box.width / 2, y: box.height / 2 } });
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
  });

  it('downloads a case summary from the export dialog', async () => {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/clients/${clientId}`);
    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByText('Markdown', { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Becker');
    expect(text).toContain('Ask directly for what I need');
    // Note text is off by default.
    expect(text).not.toContain('Tracked the cycle.');
    const [{ n }] = await b.t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1 AND action = 'export'`, [clientId]);
    expect(n).toBe(1);
  });
});
