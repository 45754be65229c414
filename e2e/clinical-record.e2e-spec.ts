import { createClient, createGoal } from '../server/test/factories';
import { BrowserApp, describeInBrowser, screenshot, signInToCaseload, startBrowserApp } from './browser';

describeInBrowser('logging a session in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  it('logs a session with the keyboard, signs it, adds an addendum and sees it in the timeline', async () => {
    const practiceId = await b.t.practice('Harbour Practice');
    const clinician = await b.t.user(practiceId, 'clinician');
    const api = await b.t.signIn(clinician);
    const client = await createClient(api, { firstName: 'Jonathan', lastName: 'Reyes', preferredName: 'Jon' });
    const goal = await createGoal(api, client.id, { domain: 'boundary_setting', title: 'Say no without apologising', baseline: 3 });
    const { page, baseUrl } = b;

    await signInToCaseload(page, baseUrl, clinician.email);
    await page.goto(`${baseUrl}/clients/${client.id}`);
    await page.getByRole('link', { name: 'Log session' }).first().click();

    // The first rating has focus; a digit sets it directly.
    const rating = page.getByRole('slider', { name: 'Rating: Say no without apologising' });
    await rating.waitFor();
    await rating.focus();
    await page.keyboard.press('7');
    await page.getByRole('textbox', { name: 'Summary' }).fill('Practised saying no to an extra shift; anxious but held it.');
    await screenshot(page, 'log-session');
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByRole('button', { name: 'Sign session' }).click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    await page
      .getByText(/Signed/)
      .first()
      .waitFor();

    await page.getByRole('textbox', { name: 'Addendum' }).fill('Client phoned: the shift was later cancelled.');
    await page.getByRole('button', { name: 'Add addendum' }).click();
    await page.getByText('Client phoned: the shift was later cancelled.').waitFor();
    await screenshot(page, 'signed-session-with-addendum');

    await page.goto(`${baseUrl}/clients/${client.id}?tab=sessions`);
    await page.getByText('Client phoned: the shift was later cancelled.').waitFor();
    // Care teams share a timeline, so each session names who wrote it.
    const [{ display_name: author }] = await b.t.db.query(`SELECT display_name FROM app_user WHERE id = $1`, [clinician.id]);
    await expect(page.getByRole('article').first().innerText()).resolves.toContain(`50 min · Individual · In person · ${author}`);

    const [session] = await b.t.db.query(`SELECT id, status, summary FROM therapy_session WHERE client_id = $1`, [client.id]);
    expect(session).toMatchObject({ status: 'signed', summary: 'Practised saying no to an extra shift; anxious but held it.' });
    const ratings = await b.t.db.query(`SELECT goal_id, rating FROM goal_rating WHERE session_id = $1`, [session.id]);
    expect(ratings).toEqual([{ goal_id: goal.id, rating: 7 }]);
    const [{ n }] = await b.t.db.query(`SELECT count(*)::int AS n FROM addendum WHERE session_id = $1`, [session.id]);
    expect(n).toBe(1);
  });

  it('names the care team in the header and brings in a colleague, who then sees the client', async () => {
    const practiceId = await b.t.practice('Bridge Practice');
    const clinician = await b.t.user(practiceId, 'clinician');
    const colleague = await b.t.user(practiceId, 'clinician');
    const api = await b.t.signIn(clinician);
    const client = await createClient(api, { firstName: 'Aria', lastName: 'Novak' });
    const [{ display_name: mine }] = await b.t.db.query(`SELECT display_name FROM app_user WHERE id = $1`, [clinician.id]);
    const [{ display_name: theirs }] = await b.t.db.query(`SELECT display_name FROM app_user WHERE id = $1`, [colleague.id]);
    const { page, baseUrl } = b;

    // The page may still be signed in as the previous test's clinician.
    await page.context().clearCookies();
    await signInToCaseload(page, baseUrl, clinician.email);
    await page.goto(`${baseUrl}/clients/${client.id}?tab=sessions`);
    const team = page.getByTestId('care-team');
    await expect(team.innerText()).resolves.toMatch(new RegExp(`^Care team: ${mine} \\(primary\\)`));
    await team.getByRole('button', { name: 'Add colleague' }).click();
    await page.getByRole('combobox', { name: 'Colleague' }).click();
    await page.getByRole('option', { name: new RegExp(theirs) }).click();
    await page.getByRole('button', { name: 'Add to care team' }).click();
    await team.getByText(theirs).waitFor();
    await screenshot(page, 'care-team-added');

    const [{ n }] = await b.t.db.query(`SELECT count(*)::int AS n FROM care_team_member WHERE client_id = $1 AND user_id = $2`, [
      client.id,
      colleague.id,
    ]);
    expect(n).toBe(1);
    // The colleague now has the client in their caseload.
    const theirList = await (await b.t.signIn(colleague)).get('/api/clients');
    expect(theirList.body.items.map((c: { id: string }) => c.id)).toContain(client.id);
  });
});
