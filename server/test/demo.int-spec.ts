import { DemoSeeder } from '../src/demo/demo-seeder';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { startTestApp, TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('demo practice', () => {
  it('seeds once: the four accounts of docs/api.md and months of weekly sessions for Clara and Omar', async () => {
    const seeder = t.app.get(DemoSeeder);
    expect(await seeder.seedIfEmpty()).toBe(true);
    expect(await seeder.seedIfEmpty()).toBe(false);

    const users = await t.db.query(`SELECT email, role FROM app_user ORDER BY email`);
    expect(users).toEqual([
      { email: 'admin@demo.test', role: 'admin' },
      { email: 'clara@demo.test', role: 'clinician' },
      { email: 'omar@demo.test', role: 'clinician' },
      { email: 'sam@demo.test', role: 'supervisor' },
    ]);
    const perClinician = await t.db.query(
      `SELECT u.email, count(DISTINCT s.client_id)::int AS clients, count(*)::int AS sessions,
              count(DISTINCT n.approach)::int AS approaches, (max(s.started_at) - min(s.started_at)) > interval '90 days' AS months
         FROM therapy_session s JOIN app_user u ON u.id = s.clinician_id LEFT JOIN intervention_note n ON n.session_id = s.id
        GROUP BY u.email ORDER BY u.email`,
    );
    for (const row of perClinician) {
      expect(row.clients).toBeGreaterThanOrEqual(4);
      expect(row.sessions).toBeGreaterThanOrEqual(60);
      expect(row.approaches).toBeGreaterThanOrEqual(4);
      expect(row.months).toBe(true);
    }
    const [{ ratings, drafts }] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM goal_rating) AS ratings, (SELECT count(*)::int FROM therapy_session WHERE status = 'draft') AS drafts`,
    );
    expect(ratings).toBeGreaterThan(200);
    expect(drafts).toBeGreaterThanOrEqual(1);

    // Questionnaires tell the story: someone improving, someone reliably worse, one safety item.
    const clara = await t.signIn({ email: 'clara@demo.test' }, DEMO_PASSWORD);
    const omar = await t.signIn({ email: 'omar@demo.test' }, DEMO_PASSWORD);
    const flags = [...(await clara.get('/api/dashboard')).body.clients, ...(await omar.get('/api/dashboard')).body.clients].flatMap(
      (r: { flags: string[] }) => r.flags,
    );
    expect(flags).toEqual(expect.arrayContaining(['reliably_worse', 'safety_item', 'unsigned_notes', 'no_session_30_days']));
    const [{ measures }] = await t.db.query(`SELECT count(*)::int AS measures FROM measure`);
    expect(measures).toBeGreaterThan(50);

    // Sam supervises both and sees their caseloads read-only.
    const sam = await t.signIn({ email: 'sam@demo.test' }, DEMO_PASSWORD);
    const visible = (await sam.get('/api/clients?status=all&limit=200')).body.items;
    expect(visible.length).toBe(9);

    // Omar needs Sam's co-signature: one note waits in Sam's queue, one came back with a comment.
    const queue = (await sam.get('/api/reviews')).body.items;
    expect(queue).toHaveLength(1);
    const omarId = (await omar.get('/api/auth/me')).body.user.id;
    expect(queue[0]).toMatchObject({ clinicianId: omarId, session: { status: 'pending_cosign' } });
    const [returned] = await t.db.query(`SELECT session_id AS "sessionId", comment FROM session_return`);
    const session = (await omar.get(`/api/sessions/${returned.sessionId}`)).body;
    expect(session).toMatchObject({ status: 'draft', clinicianId: omarId, returns: [{ comment: returned.comment }] });
    const omarFlags = (await omar.get('/api/dashboard')).body.clients.flatMap((r: { flags: string[] }) => r.flags);
    expect(omarFlags).toContain('returned_notes');
    expect((await sam.get('/api/dashboard')).body.clients.flatMap((r: { flags: string[] }) => r.flags)).toContain('awaiting_cosign');
    // Seeding runs every service call of the demo story; on a busy machine that outran 30 s.
  }, 120_000);

  it('holds questionnaire links: a client-rated goal series, a result awaiting review, an open alert, a pending link', async () => {
    const clara = await t.signIn({ email: 'clara@demo.test' }, DEMO_PASSWORD);
    const [{ unreviewed, reviewed }] = await t.db.query(
      `SELECT count(*) FILTER (WHERE reviewed_at IS NULL)::int AS unreviewed, count(*) FILTER (WHERE reviewed_at IS NOT NULL)::int AS reviewed
         FROM measure WHERE source = 'client'`,
    );
    expect(unreviewed).toBeGreaterThanOrEqual(1);
    expect(reviewed).toBeGreaterThanOrEqual(1);
    const [series] = await t.db.query(
      `SELECT client_id AS "clientId", goal_id AS "goalId", count(DISTINCT rated_on)::int AS days FROM client_goal_rating GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
    );
    expect(series.days).toBeGreaterThanOrEqual(3);
    const goal = (await clara.get(`/api/clients/${series.clientId}/progress`)).body.goals.find((g: { goalId: string }) => g.goalId === series.goalId);
    expect(goal.clientPoints).toHaveLength(series.days);
    const alerts = await t.db.query(`SELECT m.source FROM safety_alert a JOIN measure m ON m.id = a.measure_id WHERE a.status = 'open'`);
    expect(alerts.map((a: { source: string }) => a.source)).toContain('client');
    const [{ pending }] = await t.db.query(
      `SELECT count(*)::int AS pending FROM invitation WHERE opened_at IS NULL AND completed_at IS NULL AND voided_at IS NULL`,
    );
    expect(pending).toBeGreaterThanOrEqual(1);
    const flags = (await clara.get('/api/dashboard')).body.clients.flatMap((r: { flags: string[] }) => r.flags);
    expect(flags).toEqual(expect.arrayContaining(['new_results', 'safety_alert']));
  });
});
