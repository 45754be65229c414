import type { Page } from 'playwright-core';
import { PASSWORD } from '../server/test/harness';
import { BrowserApp, describeInBrowser, screenshot, signIn, signInToCaseload, startBrowserApp } from './browser';

// Co-signature end to end (docs/api.md, "Co-signature"; docs/screens.md, "Review queue").
describeInBrowser('a trainee\u2019s notes and the supervisor\u2019s review queue', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  async function signOut(page: Page) {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('input[name=email]').waitFor();
  }

  async function signFromSessionPage(page: Page, sessionId: string) {
    await page.goto(`${b.baseUrl}/sessions/${sessionId}`);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByRole('button', { name: 'Sign session' }).click();
    await page.getByText(/waiting for the supervisor's co-signature/).waitFor();
  }

  it('the trainee signs, the supervisor co-signs one and returns the other, the trainee fixes it and signs again', async () => {
    const practiceId = await b.t.practice('Teaching Practice');
    const admin = await b.t.user(practiceId, 'admin');
    const sam = await b.t.user(practiceId, 'supervisor');
    const omar = await b.t.user(practiceId, 'clinician', { supervisorId: sam.id });
    const api = await b.t.signIn(omar);
    const client = (await api.post('/api/clients').send({ firstName: 'Lena', lastName: 'Brandt', intakeDate: '2026-01-05' })).body;
    const draft = async (summary: string, startedAt: string) =>
      (
        await api.post(`/api/clients/${client.id}/sessions`).send({
          startedAt,
          durationMinutes: 50,
          modality: 'individual',
          setting: 'in_person',
          attendance: 'attended',
          summary,
          goalRatings: [],
          patterns: [],
          interventions: [],
        })
      ).body as { id: string };
    const first = await draft('Explored the fear of being left; practised the pause.', '2026-03-02T15:00:00Z');
    const second = await draft('Talked about work.', '2026-03-09T15:00:00Z');
    const { page, baseUrl } = b;

    // The admin turns co-signature on for the trainee.
    const [{ display_name: omarName }] = await b.t.db.query(`SELECT display_name FROM app_user WHERE id = $1`, [omar.id]);
    await signIn(page, baseUrl, admin.email, PASSWORD);
    await page.getByRole('button', { name: `Edit ${omarName}` }).click();
    await page.getByRole('switch', { name: /co-signature/ }).check();
    await screenshot(page, 'cosign-admin-setting');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(', co-signs their notes').waitFor();
    await signOut(page);

    // The trainee signs both: neither is final yet.
    await signInToCaseload(page, baseUrl, omar.email);
    await signFromSessionPage(page, first.id);
    await page.getByText('Waiting for co-signature', { exact: true }).first().waitFor();
    await expect(page.getByRole('button', { name: 'Edit draft' }).count()).resolves.toBe(0);
    await screenshot(page, 'cosign-waiting-author');
    await signFromSessionPage(page, second.id);
    await signOut(page);

    // The supervisor's navigation counts what waits; the queue lists both, oldest first.
    await signIn(page, baseUrl, sam.email, PASSWORD);
    const reviewsLink = page.getByRole('link', { name: /Reviews/ });
    await reviewsLink.waitFor();
    await page.getByLabel('2 waiting').waitFor();
    await reviewsLink.click();
    await page.getByRole('heading', { name: 'Reviews' }).waitFor();
    const rows = page.getByRole('row');
    await page.getByText('2 sessions waiting', { exact: false }).waitFor();
    // Client names arrive with their own request; until then the cell shows "…".
    await rows.nth(1).filter({ hasText: 'Lena' }).waitFor();
    await expect(rows.nth(1).innerText()).resolves.toMatch(/Session of 2 Mar 2026.*Lena/s);
    await expect(rows.nth(1).innerText()).resolves.toMatch(/under a minute|\d+ minutes?/);
    await screenshot(page, 'cosign-review-queue');

    // Read the first in full, then co-sign it.
    await page.getByRole('link', { name: 'Session of 2 Mar 2026, 15:00' }).click();
    await page.getByText('Explored the fear of being left; practised the pause.').waitFor();
    await screenshot(page, 'cosign-supervisor-reads');
    await page.getByRole('button', { name: 'Co-sign', exact: true }).click();
    await page.getByRole('button', { name: 'Co-sign session' }).click();
    await page.getByRole('heading', { name: 'Reviews' }).waitFor();
    await page.getByText('1 session waiting', { exact: false }).waitFor();
    await page.getByLabel('1 waiting').waitFor();

    // Return the other with a comment.
    await page.getByRole('link', { name: 'Session of 9 Mar 2026, 15:00' }).click();
    await page.getByRole('button', { name: 'Return with comment' }).click();
    await page.getByRole('textbox', { name: 'Comment' }).fill('Please say what you worked on and how the client responded.');
    await screenshot(page, 'cosign-return-comment');
    await page.getByRole('button', { name: /^Return to / }).click();
    await page.getByText('Nothing is waiting for your co-signature.').waitFor();
    await expect(page.getByLabel(/waiting$/).count()).resolves.toBe(0);
    await signOut(page);

    // The trainee sees the comment on top of the draft, fixes it and signs again.
    await signIn(page, baseUrl, omar.email, PASSWORD);
    // The flag badge itself (the flag filter's hidden option carries the same words).
    await page.locator('.sb-flag[data-flag=returned_notes]').getByText('Returned notes').waitFor();
    await screenshot(page, 'cosign-caseload-returned');
    await page.goto(`${baseUrl}/sessions/${second.id}`);
    await page.getByTestId('returned-comment').getByText('Please say what you worked on and how the client responded.').waitFor();
    await page.getByRole('link', { name: 'Edit draft' }).click();
    const summary = page.getByRole('textbox', { name: 'Summary' });
    await summary.waitFor();
    await page.getByTestId('returned-comment').waitFor();
    await screenshot(page, 'cosign-returned-draft');
    await summary.fill('Worked on a boundary with her manager; she rehearsed the words and felt steadier.');
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByRole('button', { name: 'Sign session' }).click();
    await page.waitForURL(new RegExp(`/sessions/${second.id}$`));
    await page.getByText(/waiting for the supervisor's co-signature/).waitFor();
    await expect(page.getByTestId('returned-comment').count()).resolves.toBe(0);

    const stored = await b.t.db.query(
      `SELECT s.id, s.status, s.summary, s.cosigned_by AS "cosignedBy", (SELECT count(*)::int FROM session_return r WHERE r.session_id = s.id) AS returns
         FROM therapy_session s WHERE s.client_id = $1 ORDER BY s.started_at`,
      [client.id],
    );
    expect(stored).toEqual([
      { id: first.id, status: 'signed', summary: 'Explored the fear of being left; practised the pause.', cosignedBy: sam.id, returns: 0 },
      {
        id: second.id,
        status: 'pending_cosign',
        summary: 'Worked on a boundary with her manager; she rehearsed the words and felt steadier.',
        cosignedBy: null,
        returns: 1,
      },
    ]);
  }, 120_000);
});
