import type TestAgent from 'supertest/lib/agent';
import { createClient, createGoal, newGoal, newSession, supervisedPractice } from './factories';
import { startTestApp, tableCounts, TestApp, TestUser } from './harness';

let t: TestApp;
let practiceId: string;
let clara: TestUser;
let supervisor: TestUser;
let claraAgent: TestAgent;
let clientId: string;
let goalA: string;
let goalB: string;

/** A whole telehealth session on 2 March 2026: two ratings, two patterns, two notes. */
const session = (over: Record<string, unknown> = {}) =>
  newSession({
    setting: 'telehealth',
    summary: 'Explored the weekend conflict.',
    plan: 'Practise the pause before texting.',
    goalRatings: [
      { goalId: goalA, rating: 6, comment: 'Held a boundary at work' },
      { goalId: goalB, rating: 4 },
    ],
    patterns: [
      { pattern: 'reassurance_seeking', intensity: 2 },
      { pattern: 'fear_of_abandonment', intensity: 1 },
    ],
    interventions: [
      {
        approach: 'eft',
        techniques: ['heightening', 'tracking the negative cycle'],
        note: 'Stayed with the fear under the anger.',
        goalIds: [goalA],
      },
      { approach: 'cbt', techniques: ['thought record'], note: 'Homework: one record a day.', goalIds: [] },
    ],
    ...over,
  });

beforeAll(async () => {
  t = await startTestApp();
  ({ practiceId, supervisorUser: supervisor, clinicianUser: clara, clinician: claraAgent } = await supervisedPractice(t));
  clientId = (await createClient(claraAgent)).id;
  const goal = (title: string, domain: string) => createGoal(claraAgent, clientId, { domain, title, baseline: 3, target: 8 });
  goalA = (await goal('Say no without apologising', 'boundary_setting')).id;
  goalB = (await goal('Notice the urge to check the phone', 'emotional_regulation')).id;
});
afterAll(() => t.close());

async function createSession(over: Record<string, unknown> = {}) {
  const res = await claraAgent.post(`/api/clients/${clientId}/sessions`).send(session(over));
  expect(res.status).toBe(201);
  return res.body;
}

describe('goals', () => {
  it('creates, lists, edits with a version and never deletes', async () => {
    const created = await claraAgent
      .post(`/api/clients/${clientId}/goals`)
      .send(newGoal({ domain: 'self_esteem', title: 'Speak kindly to myself', target: 7, startedOn: '2026-02-01' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ clientId, status: 'active', achievedOn: null, version: 1, latestRating: null });
    const achieved = await claraAgent.patch(`/api/goals/${created.body.id}`).send({ status: 'achieved', version: 1 });
    expect(achieved.body).toMatchObject({ status: 'achieved', version: 2 });
    expect(achieved.body.achievedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const stale = await claraAgent.patch(`/api/goals/${created.body.id}`).send({ title: 'x', version: 1 });
    expect(stale.status).toBe(409);
    const list = await claraAgent.get(`/api/clients/${clientId}/goals`);
    expect(list.body.items.map((g: { id: string }) => g.id)).toContain(created.body.id);
  });

  it('rejects a baseline out of range naming it', async () => {
    const res = await claraAgent.post(`/api/clients/${clientId}/goals`).send(newGoal({ baseline: 11 }));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'baseline', problem: 'must be between 0 and 10' }]);
  });
});

describe('logging a session', () => {
  it('creates a draft with its ratings, patterns and notes, in one piece', async () => {
    const s = await createSession();
    expect(s).toMatchObject({ clientId, clinicianId: clara.id, status: 'draft', version: 1, durationMinutes: 50, signedAt: null });
    expect(s.startedAt).toBe('2026-03-02T15:00:00.000Z');
    expect(s.goalRatings).toEqual([
      { goalId: goalA, rating: 6, comment: 'Held a boundary at work' },
      { goalId: goalB, rating: 4, comment: null },
    ]);
    expect(s.patterns).toEqual([
      { pattern: 'fear_of_abandonment', intensity: 1 },
      { pattern: 'reassurance_seeking', intensity: 2 },
    ]);
    expect(s.interventions.map((n: { approach: string }) => n.approach)).toEqual(['eft', 'cbt']);
    expect(s.interventions[0]).toMatchObject({ techniques: ['heightening', 'tracking the negative cycle'], goalIds: [goalA] });
    expect(s.interventions[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await claraAgent.get(`/api/sessions/${s.id}`)).body).toEqual(s);
  });

  it('shows the latest rating on the goal', async () => {
    await createSession({ startedAt: '2026-04-01T15:00:00Z', goalRatings: [{ goalId: goalA, rating: 9 }] });
    const goals = (await claraAgent.get(`/api/clients/${clientId}/goals`)).body.items;
    expect(goals.find((g: { id: string }) => g.id === goalA).latestRating).toBe(9);
  });

  it.each([
    ['a rating of 11', { goalRatings: [{ goalId: 'A', rating: 11 }] }, 'goalRatings[0].rating'],
    ['a fractional rating', { goalRatings: [{ goalId: 'A', rating: 5.5 }] }, 'goalRatings[0].rating'],
    ['a goal of another client', { goalRatings: [{ goalId: '00000000-0000-4000-8000-000000000000', rating: 5 }] }, 'goalRatings[0].goalId'],
    [
      'the same goal twice',
      {
        goalRatings: [
          { goalId: 'A', rating: 5 },
          { goalId: 'A', rating: 6 },
        ],
      },
      'goalRatings[1].goalId',
    ],
    ['a duration of 0', { durationMinutes: 0 }, 'durationMinutes'],
    ['a duration of 601', { durationMinutes: 601 }, 'durationMinutes'],
    // "Ahead" is the app's clock's: read when the test runs, not when the table is built.
    ['a start two days ahead', () => ({ startedAt: new Date(t.clock.now().getTime() + 2 * 86_400_000).toISOString() }), 'startedAt'],
    ['a start without offset', { startedAt: '2026-03-02T15:00:00' }, 'startedAt'],
    ['an impossible day', { startedAt: '2026-02-30T15:00:00Z' }, 'startedAt'],
    ['an unknown approach', { interventions: [{ approach: 'hypnosis', note: 'x' }] }, 'interventions[0].approach'],
    ['a pattern intensity of 4', { patterns: [{ pattern: 'low_self_worth', intensity: 4 }] }, 'patterns[0].intensity'],
    ['ratings on a no-show', { attendance: 'no_show' }, 'goalRatings'],
    ['notes on a cancelled session', { attendance: 'cancelled', goalRatings: [] }, 'interventions'],
    ['an unknown field in a note', { interventions: [{ approach: 'cbt', mood: 'good' }] }, 'interventions[0].mood'],
  ])('rejects %s with 400 naming the field, writing nothing', async (_what, over, field) => {
    const body = JSON.parse(JSON.stringify(session(typeof over === 'function' ? over() : over)).replaceAll('"A"', JSON.stringify(goalA)));
    const before = await tableCounts(t.db);
    const res = await claraAgent.post(`/api/clients/${clientId}/sessions`).send(body);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('refuses a rating for a paused goal', async () => {
    const goal = await createGoal(claraAgent, clientId, { title: 'Paused one', baseline: 1, target: 5 });
    await claraAgent.patch(`/api/goals/${goal.id}`).send({ status: 'paused', version: 1 });
    const res = await claraAgent.post(`/api/clients/${clientId}/sessions`).send(session({ goalRatings: [{ goalId: goal.id, rating: 5 }] }));
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toEqual({ field: 'goalRatings[0].goalId', problem: 'must be an active goal (this one is paused)' });
  });

  it('accepts a no-show with nothing but the facts', async () => {
    const s = await createSession({ attendance: 'no_show', goalRatings: [], interventions: [], patterns: [], summary: null, plan: null });
    expect(s).toMatchObject({ attendance: 'no_show', goalRatings: [], interventions: [] });
  });

  it('leaves nothing behind when a write fails half-way', async () => {
    const before = await tableCounts(t.db);
    // A goal that passes the pre-check but is gone by insert time: the FK fails inside the transaction.
    const body = session({ goalRatings: [{ goalId: goalA, rating: 5 }] });
    await t.db.query(`ALTER TABLE goal_rating ADD CONSTRAINT test_no_fives CHECK (rating <> 5)`);
    try {
      const res = await claraAgent.post(`/api/clients/${clientId}/sessions`).send(body);
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        code: 'internal_error',
        message: 'Something went wrong on our side',
        requestId: expect.any(String),
      });
    } finally {
      await t.db.query(`ALTER TABLE goal_rating DROP CONSTRAINT test_no_fives`);
    }
    expect(await tableCounts(t.db)).toEqual(before);
  });
});

describe('editing a draft', () => {
  it('replaces the nested arrays and bumps the version; a stale version gets 409', async () => {
    const s = await createSession();
    const res = await claraAgent
      .patch(`/api/sessions/${s.id}`)
      .send({ ...session({ goalRatings: [{ goalId: goalB, rating: 7 }], interventions: [], patterns: [] }), version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, goalRatings: [{ goalId: goalB, rating: 7, comment: null }], interventions: [], patterns: [] });
    const stale = await claraAgent.patch(`/api/sessions/${s.id}`).send({ ...session(), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
  });
});

describe('signing', () => {
  it('locks the session: edits get 409, the database refuses changes, addenda are appended', async () => {
    const s = await createSession();
    const signed = await claraAgent.post(`/api/sessions/${s.id}/sign`);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', signedBy: clara.id, version: 2 });
    expect(signed.body.signedAt).toEqual(expect.any(String));

    expect((await claraAgent.patch(`/api/sessions/${s.id}`).send({ ...session(), version: 2 })).status).toBe(409);
    expect((await claraAgent.post(`/api/sessions/${s.id}/sign`)).status).toBe(409);

    // No code path can change it: the database itself refuses.
    await expect(t.db.query(`UPDATE therapy_session SET summary = 'rewritten' WHERE id = $1`, [s.id])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query(`DELETE FROM goal_rating WHERE session_id = $1`, [s.id])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query(`UPDATE intervention_note SET note = 'x' WHERE session_id = $1`, [s.id])).rejects.toThrow(/cannot be changed/);
    await expect(
      t.db.query(
        `INSERT INTO pattern_observation (practice_id, client_id, session_id, pattern, intensity) VALUES ($1, $2, $3, 'low_self_worth', 1)`,
        [practiceId, clientId, s.id],
      ),
    ).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query(`TRUNCATE therapy_session CASCADE`)).rejects.toThrow(/cannot be truncated/);

    const addendum = await claraAgent
      .post(`/api/sessions/${s.id}/addenda`)
      .send({ text: 'Client called later: the rating for goal A should read 5.' });
    expect(addendum.status).toBe(201);
    expect(addendum.body).toMatchObject({ sessionId: s.id, authorId: clara.id, text: 'Client called later: the rating for goal A should read 5.' });
    await expect(t.db.query(`UPDATE addendum SET text = 'x' WHERE id = $1`, [addendum.body.id])).rejects.toThrow(/cannot be changed/);

    const after = await claraAgent.get(`/api/sessions/${s.id}`);
    expect(after.body.summary).toBe(s.summary);
    expect(after.body.addenda).toHaveLength(1);
  });

  it('takes addenda only on signed sessions', async () => {
    const s = await createSession();
    expect((await claraAgent.post(`/api/sessions/${s.id}/addenda`).send({ text: 'too early' })).status).toBe(409);
  });

  it('is only for the session\u2019s own clinician', async () => {
    const colleague = await t.user(practiceId, 'clinician');
    await claraAgent.post(`/api/clients/${clientId}/care-team`).send({ userId: colleague.id });
    const s = await createSession();
    const colleagueAgent = await t.signIn(colleague);
    expect((await colleagueAgent.post(`/api/sessions/${s.id}/sign`)).status).toBe(403);
    expect((await colleagueAgent.patch(`/api/sessions/${s.id}`).send({ ...session(), version: 1 })).status).toBe(403);
    expect((await colleagueAgent.get(`/api/sessions/${s.id}`)).status).toBe(200);
  });
});

describe('reading and access', () => {
  it('lists sessions newest first with a date range, and notes by approach', async () => {
    const agent = await t.signIn(clara);
    const c = (await createClient(agent, { firstName: 'Range', lastName: 'Test', intakeDate: '2026-01-01' })).id;
    for (const [day, approach] of [
      ['2026-01-10', 'eft'],
      ['2026-01-17', 'cbt'],
      ['2026-01-24', 'eft'],
    ]) {
      await agent
        .post(`/api/clients/${c}/sessions`)
        .send(session({ startedAt: `${day}T10:00:00Z`, goalRatings: [], interventions: [{ approach, note: day }] }));
    }
    const all = await agent.get(`/api/clients/${c}/sessions`);
    expect(all.body.items.map((s: { startedAt: string }) => s.startedAt.slice(0, 10))).toEqual(['2026-01-24', '2026-01-17', '2026-01-10']);
    const ranged = await agent.get(`/api/clients/${c}/sessions?from=2026-01-11&to=2026-01-24`);
    expect(ranged.body.items.map((s: { startedAt: string }) => s.startedAt.slice(0, 10))).toEqual(['2026-01-24', '2026-01-17']);
    const paged = await agent.get(`/api/clients/${c}/sessions?limit=1`);
    const next = await agent.get(`/api/clients/${c}/sessions?limit=1&cursor=${paged.body.nextCursor}`);
    expect(next.body.items[0].startedAt.slice(0, 10)).toBe('2026-01-17');
    const eft = await agent.get(`/api/clients/${c}/interventions?approach=eft`);
    expect(eft.body.items.map((n: { note: string }) => n.note)).toEqual(['2026-01-24', '2026-01-10']);
    const eftJan = await agent.get(`/api/clients/${c}/interventions?approach=eft&from=2026-01-01&to=2026-01-20`);
    expect(eftJan.body.items.map((n: { note: string }) => n.note)).toEqual(['2026-01-10']);
  });

  it('lets a supervisor read but not write (403), another clinician gets 404, an admin 403', async () => {
    const s = await createSession();
    const sup = await t.signIn(supervisor);
    expect((await sup.get(`/api/sessions/${s.id}`)).status).toBe(200);
    expect((await sup.get(`/api/clients/${clientId}/sessions`)).status).toBe(200);
    expect((await sup.post(`/api/clients/${clientId}/sessions`).send(session())).status).toBe(403);
    expect((await sup.post(`/api/sessions/${s.id}/sign`)).status).toBe(403);
    expect((await sup.post(`/api/clients/${clientId}/goals`).send(newGoal())).status).toBe(403);

    const stranger = await t.signIn(await t.user(practiceId, 'clinician'));
    const missing = await stranger.get('/api/sessions/00000000-0000-4000-8000-000000000000');
    const hidden = await stranger.get(`/api/sessions/${s.id}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
    expect((await stranger.get(`/api/clients/${clientId}/sessions`)).status).toBe(404);
    expect((await stranger.get(`/api/clients/${clientId}/interventions`)).status).toBe(404);
    expect((await stranger.patch(`/api/goals/${goalA}`).send({ title: 'mine', version: 1 })).status).toBe(404);

    const admin = await t.signIn(await t.user(practiceId, 'admin'));
    expect((await admin.get(`/api/sessions/${s.id}`)).status).toBe(403);
  });

  it('audits create, update, sign, addendum and reads of sessions', async () => {
    const s = await createSession();
    await claraAgent.patch(`/api/sessions/${s.id}`).send({ ...session(), version: 1 });
    await claraAgent.post(`/api/sessions/${s.id}/sign`);
    await claraAgent.post(`/api/sessions/${s.id}/addenda`).send({ text: 'Late note.' });
    await claraAgent.get(`/api/sessions/${s.id}`);
    const rows = await t.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at, action`, [s.id]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['create', 'update', 'sign', 'addendum', 'read']);
  });
});
