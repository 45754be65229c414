import { PASSWORD } from '../server/test/harness';
import { BrowserApp, describeInBrowser, screenshot, signIn, signInToCaseload, startBrowserApp } from './browser';

describeInBrowser('a clinician in the browser', () => {
  let b: BrowserApp;
  let clinicianEmail = '';
  const consoleErrors: string[] = [];
  beforeAll(async () => {
    b = await startBrowserApp();
    b.page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  });
  afterAll(() => b?.close());

  it('signs in, creates a client and sees them on the caseload; no CSP or console errors', async () => {
    const practiceId = await b.t.practice('Riverside Practice');
    const clinician = await b.t.user(practiceId, 'clinician');
    clinicianEmail = clinician.email;
    const { page, baseUrl } = b;

    await page.goto(`${baseUrl}/caseload`);
    await page.waitForURL(/\/sign-in/);
    await screenshot(page, 'sign-in');
    await signIn(page, baseUrl, clinician.email, 'wrong-password-123');
    await page.getByText('Email or password is incorrect').waitFor();

    await signInToCaseload(page, baseUrl, clinician.email);
    await page.getByText('Riverside Practice').first().waitFor();

    await page.getByRole('link', { name: 'New client' }).first().click();
    await page.getByLabel('First name').fill('Maya');
    await page.getByLabel('Last name').fill('Lindqvist');
    await page.getByLabel('Preferred name').fill('May');
    await page.getByRole('button', { name: 'Create client' }).click();
    await page.waitForURL(/\/clients\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: /May/ }).first().waitFor();

    await page.goto(`${baseUrl}/caseload`);
    await page.getByRole('cell', { name: /May/ }).first().waitFor();
    await screenshot(page, 'caseload-with-client');

    const [{ n }] = await b.t.db.query(`SELECT count(*)::int AS n FROM client WHERE first_name = 'Maya' AND primary_clinician_id = $1`, [
      clinician.id,
    ]);
    expect(n).toBe(1);
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
  });

  it('shows the server\u2019s validation in plain words next to the field', async () => {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/clients/new`);
    await page.getByLabel('First name').fill('Ana');
    await page.getByRole('button', { name: 'Create client' }).click();
    // The browser checks the same rules first: the last name is required.
    await page
      .getByText(/last name/i)
      .first()
      .waitFor();
    const [{ n }] = await b.t.db.query(`SELECT count(*)::int AS n FROM client WHERE first_name = 'Ana'`);
    expect(n).toBe(0);
  });

  it('signs out, and the session is gone', async () => {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/caseload`);
    await page
      .getByRole('button', { name: /Sign out/ })
      .first()
      .click();
    await page.waitForURL(/\/sign-in/);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
  });

  it('opens a client\u2019s record from the address bar after sign-in, although its data was asked for while signed out', async () => {
    // app/route-preload.ts asks for the record's data before it knows who is signed in; signed out, the server
    // refuses it (401), and the page must still load it after sign-in rather than show the refusal.
    const { page, baseUrl } = b;
    const [{ id }] = await b.t.db.query(`SELECT id FROM client WHERE first_name = 'Maya'`);
    await page.goto(`${baseUrl}/clients/${id}`);
    await page.waitForURL(/\/sign-in/);
    await page.locator('input[name=email]').fill(clinicianEmail);
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(new RegExp(`/clients/${id}$`));
    await page.getByRole('heading', { name: /May/ }).first().waitFor();
    await page.getByRole('heading', { name: 'Before the session' }).waitFor();
    // Not the page that stands in when the record could not be loaded (PageNotLoaded).
    expect(await page.getByRole('link', { name: 'Back to caseload' }).count()).toBe(0);
  });
});
