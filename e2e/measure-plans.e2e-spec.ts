import { newLinkToken } from '../server/src/invitations/link-token';
import { JobRunner } from '../server/src/jobs/job-runner';
import { createClient } from '../server/test/factories';
import { axeViolations, BrowserApp, describeInBrowser, screenshot, signInToCaseload, startBrowserApp } from './browser';

describeInBrowser('a questionnaire schedule in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
    // The job queue is off in tests unless asked for: this test wants a due plan made into a link.
    await b.t.app.get(JobRunner).start((b.t.db.options as { url: string }).url, { pollingIntervalSeconds: 0.5 });
  });
  afterAll(() => b?.close());

  it('records consent to email, sets a schedule, shows its link when email is not configured, and the client can stop emails', async () => {
    const practiceId = await b.t.practice('Harbour Practice');
    const clinician = await b.t.user(practiceId, 'clinician');
    const api = await b.t.signIn(clinician);
    const client = await createClient(api, { firstName: 'Noor', lastName: 'Haddad', dateOfBirth: '1988-09-30' });
    const { page, baseUrl } = b;
    page.setDefaultTimeout(15_000);
    await signInToCaseload(page, baseUrl, clinician.email);
    await page.goto(`${baseUrl}/clients/${client.id}?tab=questionnaires`);

    // Consent to email, in the client's details: the day is recorded.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByRole('checkbox', { name: /agrees to receive questionnaire links by email/ }).check();
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Add the client’s email address first').waitFor();
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('noor@client.example');
    await page.getByRole('button', { name: 'Save details' }).click();
    const schedule = page.getByRole('region', { name: 'Questionnaire schedule' });
    await schedule.getByText(/^Email: To noor@client\.example, agreed /).waitFor();

    // A weekly PHQ-9 from today.
    await schedule.getByRole('button', { name: 'Set a schedule' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /^PHQ-9/ }).check();
    await dialog.getByLabel('How often').click();
    await page.getByRole('option', { name: 'Every week' }).click();
    await dialog.getByRole('button', { name: 'Set schedule' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Today's link is made at once; with no SMTP_URL it says so in words, and its link can be shown.
    const plan = schedule.getByRole('region', { name: 'PHQ-9' });
    await plan.getByText(/^Every week from /).waitFor();
    await plan.getByText('Not emailed: email not configured').waitFor();
    await plan.getByText(/^Next due /).waitFor();
    expect(await axeViolations(page, '[data-plan-id]')).toEqual([]);
    await screenshot(page, 'questionnaire-schedule');
    await plan.getByRole('button', { name: /^Show link/ }).click();
    const linkDialog = page.getByRole('dialog');
    const url = await linkDialog.getByRole('textbox', { name: 'Link', exact: true }).inputValue();
    const token = new URL(url).pathname.split('/').pop()!;
    expect((await b.t.http().get(`/api/q/${token}`)).status).toBe(200);
    await linkDialog.getByRole('button', { name: 'Done' }).click();

    // Before the session names what is due next.
    await page.getByRole('region', { name: 'Before the session' }).getByText(/PHQ-9/).first().waitFor();

    // Stopping keeps the plan and its link; it can be restarted.
    await plan.getByRole('button', { name: 'Stop' }).click();
    await plan.getByText(/^Stopped /).waitFor();
    await plan.getByRole('cell', { name: /Not opened yet/ }).waitFor();
    await plan.getByRole('button', { name: 'Restart' }).click();
    await plan.getByText(/^Next due /).waitFor();

    // The client follows the stop link of an email (its token made here as the email job would).
    const stop = newLinkToken();
    await b.t.db.query(`INSERT INTO email_stop_token (practice_id, client_id, token_hash) VALUES ($1, $2, $3)`, [practiceId, client.id, stop.hash]);
    const phone = await b.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', timezoneId: 'UTC' });
    const q = await phone.newPage();
    q.setDefaultTimeout(15_000);
    await q.goto(`${baseUrl}/q/${stop.token}/stop-emails`);
    await q.getByRole('heading', { name: 'Stop questionnaire emails?' }).waitFor();
    // Opening the page changes nothing: mail filters open links on their own.
    expect((await api.get(`/api/clients/${client.id}`)).body.contactByEmail).toBe(true);
    expect(await axeViolations(q)).toEqual([]);
    await q.getByRole('button', { name: 'Stop these emails' }).click();
    await q.getByRole('heading', { name: 'Emails stopped' }).waitFor();
    expect(await q.locator('main').innerText()).toContain('Harbour Practice will not email you');
    expect(await axeViolations(q)).toEqual([]);
    await screenshot(q, 'stop-emails');
    await phone.close();

    // The clinician sees it.
    await page.reload();
    await schedule.getByText(/^Email: Client turned off email on /).waitFor();
  });
});
