import { createHash } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { createClient, createGoal, createMeasure, supervisedPractice } from './factories';
import { startTestApp, tableCounts, TestApp, TestUser } from './harness';

/**
 * Questionnaires the client completes through a link (docs/api.md, "Questionnaires completed by
 * the client"): the link as a credential, the one-transaction submission, and what the clinician
 * sees afterwards (review, safety alerts, caseload flags).
 */
let t: TestApp;
let practiceId: string;
let clara: TestAgent;
let claraUser: TestUser;
let supervisor: TestAgent;

const DOB = '1991-04-12';
const PHQ9_QUIET = [1, 1, 0, 1, 0, 0, 1, 0, 0];
const PHQ9_ITEM9 = [1, 1, 0, 1, 0, 0, 1, 0, 2];
const GAD7 = [1, 2, 1, 0, 1, 1, 0];
const DAY_MS = 86_400_000;

beforeAll(async () => {
  t = await startTestApp();
  ({ practiceId, clinicianUser: claraUser, clinician: clara, supervisor } = await supervisedPractice(t, 'Harbour Therapy'));
});
afterAll(() => t.close());

/** A client with a date of birth and one active goal, and a link sent to them. */
async function sendLink(body: Record<string, unknown> = {}) {
  const client = await createClient(clara, { dateOfBirth: DOB });
  const goal = await createGoal(clara, client.id, { title: 'Ask for help without apologising' });
  const res = await clara.post(`/api/clients/${client.id}/invitations`).send({ instruments: ['phq9', 'gad7'], includeGoals: true, ...body });
  if (res.status !== 201) throw new Error(`sending a link answered ${res.status}: ${JSON.stringify(res.body)}`);
  const token = new URL(res.body.url).pathname.split('/').pop()!;
  return { clientId: client.id, goalId: goal.id, invitation: res.body, token };
}

/** A browser of the client's with no other cookies: verifies and keeps the link's cookie. */
async function verified(token: string, dateOfBirth = DOB) {
  const agent = t.http() as unknown as TestAgent;
  const res = await agent.post(`/api/q/${token}/verify`).send({ dateOfBirth });
  const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sb.q='));
  return { res, cookie: cookie?.split(';')[0] };
}

const answers = (over: Record<string, unknown> = {}) => ({
  measures: [
    { instrument: 'phq9', responses: PHQ9_QUIET },
    { instrument: 'gad7', responses: GAD7 },
  ],
  ...over,
});

async function invitationRow(id: string) {
  const [row] = await t.db.query(`SELECT * FROM invitation WHERE id = $1`, [id]);
  return row;
}

describe('sending a link', () => {
  it('answers the link once, built on the public address, and stores only the SHA-256 of its 256-bit token', async () => {
    const { clientId, invitation, token } = await sendLink();
    expect(invitation).toMatchObject({ clientId, instruments: ['phq9', 'gad7'], includeGoals: true, status: 'pending', source: 'manual' });
    expect(invitation.url).toBe(`http://localhost:3000/q/${token}`);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)).toBe(7 * DAY_MS);
    const row = await invitationRow(invitation.id);
    expect(row.token_hash.equals(createHash('sha256').update(token).digest())).toBe(true);
    expect(JSON.stringify(row)).not.toContain(token);

    const list = await clara.get(`/api/clients/${clientId}/invitations`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id: invitation.id, status: 'pending', openedAt: null, completedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(list.body.items[0].url).toBeUndefined();
  });

  it('refuses a client without a date of birth (400 naming it) and a discharged client (409)', async () => {
    const noBirthday = await createClient(clara);
    const res = await clara.post(`/api/clients/${noBirthday.id}/invitations`).send({ instruments: ['phq9'] });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['dateOfBirth']);

    const gone = await createClient(clara, { dateOfBirth: DOB });
    await clara.post(`/api/clients/${gone.id}/discharge`).send({ dischargedOn: '2026-02-01', reason: 'Planned ending' }).expect(200);
    const refused = await clara.post(`/api/clients/${gone.id}/invitations`).send({ instruments: ['phq9'] });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('client_discharged');
  });

  it.each([
    [{ instruments: [] }, 'instruments'],
    [{ instruments: ['phq9', 'phq9'] }, 'instruments'],
    [{ instruments: ['phq9', 'gad7', 'rses', 'ecr_r', 'ecr_rs', 'phq9'] }, 'instruments'],
    [{ instruments: ['phq9'], expiresInDays: 15 }, 'expiresInDays'],
    [{ instruments: ['phq9'], expiresInDays: 0 }, 'expiresInDays'],
  ])('answers 400 naming the field for %p', async (body, field) => {
    const client = await createClient(clara, { dateOfBirth: DOB });
    const res = await clara.post(`/api/clients/${client.id}/invitations`).send(body);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('lets a supervisor read the links but not send or void one', async () => {
    const { clientId, invitation } = await sendLink();
    expect((await supervisor.get(`/api/clients/${clientId}/invitations`)).status).toBe(200);
    expect((await supervisor.post(`/api/clients/${clientId}/invitations`).send({ instruments: ['phq9'] })).status).toBe(403);
    expect((await supervisor.post(`/api/invitations/${invitation.id}/void`)).status).toBe(403);
  });
});

describe('the link as a credential', () => {
  const dead = async (token: string) => {
    const res = await t.http().get(`/api/q/${token}`);
    expect({ status: res.status, code: res.body.code, message: res.body.message }).toEqual({
      status: 404,
      code: 'link_invalid',
      message: 'This link is no longer valid',
    });
  };

  it('shows the practice name and the expiry only, with no-referrer and no-store, on answers and errors alike', async () => {
    const { token, invitation } = await sendLink();
    const res = await t.http().get(`/api/q/${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ practiceName: 'Harbour Therapy', expiresAt: invitation.expiresAt });
    for (const answer of [res, await t.http().get('/api/q/not-a-token'), await t.http().post(`/api/q/${token}/responses`).send(answers())]) {
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers unknown, malformed, expired, voided, completed and locked links with the same 404', async () => {
    await dead('A'.repeat(43));
    await dead('short');

    const expiring = await sendLink({ expiresInDays: 1 });
    expect((await t.http().get(`/api/q/${expiring.token}`)).status).toBe(200);
    t.clock.advance(DAY_MS + 1);
    try {
      await dead(expiring.token);
      expect((await verified(expiring.token)).res.status).toBe(404);
      // A day on, the sign-in has timed out too: a fresh one.
      const list = await (await t.signIn(claraUser)).get(`/api/clients/${expiring.clientId}/invitations`);
      expect(list.body.items[0].status).toBe('expired');
    } finally {
      t.clock.advance(-(DAY_MS + 1));
    }

    const voided = await sendLink();
    const v = await clara.post(`/api/invitations/${voided.invitation.id}/void`);
    expect(v.status).toBe(200);
    expect(v.body.status).toBe('voided');
    await dead(voided.token);
    expect((await clara.post(`/api/invitations/${voided.invitation.id}/void`)).status).toBe(409);
  });

  it('locks the link at the fifth wrong date of birth, then answers 404 even to the right one', async () => {
    const { token, invitation } = await sendLink();
    const left: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { res } = await verified(token, '1991-04-13');
      expect(res.status).toBe(401);
      left.push(res.body.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect((await verified(token)).res.status).toBe(404);
    await dead(token);
    const events = await t.db.query(`SELECT actor_id, outcome FROM audit_event WHERE entity_id = $1 AND action = 'verify_failed'`, [invitation.id]);
    expect(events).toHaveLength(5);
    expect(events.every((e: { actor_id: string | null }) => e.actor_id === null)).toBe(true);
  });

  it('opens with the right date: instruments with our answer labels, active goals, and a cookie for this link only', async () => {
    const { token, goalId, clientId } = await sendLink();
    const { res, cookie } = await verified(token);
    expect(res.status).toBe(200);
    expect(res.body.instruments.map((i: { code: string }) => i.code)).toEqual(['phq9', 'gad7']);
    expect(res.body.instruments[0]).toMatchObject({ name: 'PHQ-9', itemCount: 9, min: 0, max: 3 });
    expect(res.body.instruments[0].answerLabels).toHaveLength(4);
    expect(res.body.goals).toEqual([{ id: goalId, title: 'Ask for help without apologising' }]);
    const setCookie = ([] as string[]).concat(res.headers['set-cookie']).find((c) => c.startsWith('sb.q='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/api\/q/);
    expect(setCookie).toMatch(/Max-Age=1800/);
    expect(cookie).toBeDefined();
    const list = await clara.get(`/api/clients/${clientId}/invitations`);
    expect(list.body.items[0].status).toBe('opened');

    // No goals unless the link asks for them.
    const noGoals = await sendLink({ includeGoals: false });
    expect((await verified(noGoals.token)).res.body.goals).toEqual([]);
  });

  it('refuses a submission without the cookie, with a cookie of another link, and after the cookie ran out', async () => {
    const a = await sendLink();
    const b = await sendLink();
    const forA = (await verified(a.token)).cookie!;
    expect((await t.http().post(`/api/q/${b.token}/responses`).send(answers())).status).toBe(401);
    const crossed = await t.http().post(`/api/q/${b.token}/responses`).set('Cookie', forA).send(answers());
    expect(crossed.status).toBe(401);
    expect(crossed.body.code).toBe('unauthenticated');
    t.clock.advance(31 * 60_000);
    try {
      expect((await t.http().post(`/api/q/${a.token}/responses`).set('Cookie', forA).send(answers())).status).toBe(401);
    } finally {
      t.clock.advance(-31 * 60_000);
    }
    expect(await t.db.query(`SELECT 1 FROM measure WHERE invitation_id IN ($1, $2)`, [a.invitation.id, b.invitation.id])).toHaveLength(0);
  });
});

describe('submitting', () => {
  it('stores the measures, scored as the clinician’s, the client’s goal ratings, the completion and the submit event in one go', async () => {
    const { token, invitation, clientId, goalId } = await sendLink();
    const { cookie } = await verified(token);
    const res = await t
      .http()
      .post(`/api/q/${token}/responses`)
      .set('Cookie', cookie!)
      .send(answers({ goalRatings: [{ goalId, rating: 6 }] }));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ crisisResources: null });

    const measures = (await clara.get(`/api/clients/${clientId}/measures`)).body.items;
    expect(measures).toHaveLength(2);
    const phq9 = measures.find((m: { instrument: string }) => m.instrument === 'phq9');
    // The same scoring a clinician's entry gets: the total and the band.
    const byHand = await createMeasure(clara, (await createClient(clara)).id, { responses: PHQ9_QUIET });
    expect({ scores: phq9.scores, band: phq9.band }).toEqual({ scores: byHand.scores, band: byHand.band });
    expect(phq9).toMatchObject({ source: 'client', invitationId: invitation.id, reviewedAt: null, reviewedBy: null });
    expect(byHand).toMatchObject({ source: 'clinician', invitationId: null });
    expect(byHand.reviewedAt).not.toBeNull();

    const ratings = await t.db.query(`SELECT goal_id, rating, invitation_id FROM client_goal_rating WHERE client_id = $1`, [clientId]);
    expect(ratings).toEqual([{ goal_id: goalId, rating: 6, invitation_id: invitation.id }]);
    expect(await t.db.query(`SELECT 1 FROM goal_rating WHERE goal_id = $1`, [goalId])).toHaveLength(0);
    expect((await invitationRow(invitation.id)).completed_at).not.toBeNull();
    const events = await t.db.query(`SELECT actor_id, client_id, practice_id FROM audit_event WHERE action = 'submit' AND entity_id = $1`, [
      invitation.id,
    ]);
    expect(events).toEqual([{ actor_id: null, client_id: clientId, practice_id: practiceId }]);

    // Replay, and every route of a used link: the same 404.
    const again = await t.http().post(`/api/q/${token}/responses`).set('Cookie', cookie!).send(answers());
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('link_invalid');
    expect((await t.http().get(`/api/q/${token}`)).status).toBe(404);
    expect((await verified(token)).res.status).toBe(404);
    expect((await clara.get(`/api/clients/${clientId}/invitations`)).body.items[0].status).toBe('completed');
  });

  it('returns crisis resources only when PHQ-9 item 9 is above 0: the practice’s text, or a plain default', async () => {
    const first = await sendLink({ instruments: ['phq9'] });
    const ok = await t
      .http()
      .post(`/api/q/${first.token}/responses`)
      .set('Cookie', (await verified(first.token)).cookie!)
      .send({ measures: [{ instrument: 'phq9', responses: PHQ9_ITEM9 }] });
    expect(ok.status).toBe(201);
    expect(ok.body.crisisResources).toMatch(/emergency/);

    await t.db.query(`UPDATE practice SET crisis_resources = $1 WHERE id = $2`, [
      'Call Harbour Therapy on 555 0100, or the crisis line on 988.',
      practiceId,
    ]);
    try {
      const second = await sendLink({ instruments: ['phq9'] });
      const res = await t
        .http()
        .post(`/api/q/${second.token}/responses`)
        .set('Cookie', (await verified(second.token)).cookie!)
        .send({ measures: [{ instrument: 'phq9', responses: PHQ9_ITEM9 }] });
      expect(res.body.crisisResources).toBe('Call Harbour Therapy on 555 0100, or the crisis line on 988.');
      const alerts = (await clara.get(`/api/clients/${second.clientId}/alerts?status=open`)).body.items;
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ kind: 'safety_item', status: 'open', resolvedAt: null });
    } finally {
      await t.db.query(`UPDATE practice SET crisis_resources = NULL WHERE id = $1`, [practiceId]);
    }
  });

  it.each([
    [
      'a short answer list',
      {
        measures: [
          { instrument: 'phq9', responses: PHQ9_QUIET },
          { instrument: 'gad7', responses: [1, 2] },
        ],
      },
      'measures[1].responses',
    ],
    [
      'an answer out of range',
      {
        measures: [
          { instrument: 'phq9', responses: PHQ9_QUIET },
          { instrument: 'gad7', responses: [1, 2, 1, 0, 1, 1, 7] },
        ],
      },
      'measures[1].responses[6]',
    ],
    ['a questionnaire left out', { measures: [{ instrument: 'phq9', responses: PHQ9_QUIET }] }, 'measures'],
    [
      'a questionnaire not on the link',
      { measures: [...answers().measures, { instrument: 'rses', responses: Array(10).fill(1) }] },
      'measures[2].instrument',
    ],
    ['one answered twice', { measures: [...answers().measures, { instrument: 'gad7', responses: GAD7 }] }, 'measures[2].instrument'],
    ['a goal that was not shown', answers({ goalRatings: [{ goalId: '00000000-0000-4000-8000-000000000000', rating: 5 }] }), 'goalRatings[0].goalId'],
    ['a rating above 10', answers({ goalRatings: [{ goalId: '00000000-0000-4000-8000-000000000000', rating: 11 }] }), 'goalRatings[0].rating'],
  ])('answers %s with 400 naming %s, and stores nothing', async (_what, body, field) => {
    const { token, invitation } = await sendLink();
    const { cookie } = await verified(token);
    const before = await tableCounts(t.db);
    const res = await t.http().post(`/api/q/${token}/responses`).set('Cookie', cookie!).send(body);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await tableCounts(t.db)).toEqual(before);
    expect((await invitationRow(invitation.id)).completed_at).toBeNull();
  });

  it('leaves nothing behind when the submission fails half-way, and the link still works', async () => {
    const { token, invitation, goalId } = await sendLink();
    const { cookie } = await verified(token);
    // The measures are in by the time the goal ratings are written: make that last step fail.
    await t.db.query(`CREATE FUNCTION fail_half_way() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await t.db.query(`CREATE TRIGGER fail_half_way BEFORE INSERT ON client_goal_rating FOR EACH ROW EXECUTE FUNCTION fail_half_way()`);
    const before = await tableCounts(t.db);
    try {
      const res = await t
        .http()
        .post(`/api/q/${token}/responses`)
        .set('Cookie', cookie!)
        .send(answers({ goalRatings: [{ goalId, rating: 4 }] }));
      expect(res.status).toBe(500);
      expect(await tableCounts(t.db)).toEqual(before);
    } finally {
      await t.db.query(`DROP TRIGGER fail_half_way ON client_goal_rating`);
      await t.db.query(`DROP FUNCTION fail_half_way()`);
    }
    expect(await t.db.query(`SELECT 1 FROM measure WHERE invitation_id = $1`, [invitation.id])).toHaveLength(0);
    const retry = await t
      .http()
      .post(`/api/q/${token}/responses`)
      .set('Cookie', cookie!)
      .send(answers({ goalRatings: [{ goalId, rating: 4 }] }));
    expect(retry.status).toBe(201);
  });

  it('stores one set when the same answers arrive twice at once (two tabs, a retry)', async () => {
    const { token, invitation } = await sendLink();
    const { cookie } = await verified(token);
    const send = () => t.http().post(`/api/q/${token}/responses`).set('Cookie', cookie!).send(answers());
    const statuses = (await Promise.all([send(), send(), send()])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 404, 404]);
    expect(await t.db.query(`SELECT 1 FROM measure WHERE invitation_id = $1`, [invitation.id])).toHaveLength(2);
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'submit' AND entity_id = $1`, [invitation.id])).toHaveLength(1);
  });

  it('writes no token into any log line: the paths read /api/q/[token]', async () => {
    const { token } = await sendLink();
    const { cookie } = await verified(token, '1900-01-01');
    expect(cookie).toBeUndefined();
    const ok = await verified(token);
    await t.http().get(`/api/q/${token}`);
    await t.http().post(`/api/q/${token}/responses`).set('Cookie', ok.cookie!).send({ measures: 'not a list' });
    await t.http().post(`/api/q/${token}/responses`).set('Cookie', ok.cookie!).send(answers());
    const log = t.logs.join('');
    expect(log).toContain('/api/q/[token]/verify');
    expect(log).toContain('/api/q/[token]/responses');
    expect(log).not.toContain(token);
    expect(log).not.toContain(token.slice(0, 20));
  });
});

describe('what the clinician sees afterwards', () => {
  async function submitted(responses = PHQ9_ITEM9) {
    const link = await sendLink({ instruments: ['phq9'] });
    const { cookie } = await verified(link.token);
    await t
      .http()
      .post(`/api/q/${link.token}/responses`)
      .set('Cookie', cookie!)
      .send({ measures: [{ instrument: 'phq9', responses }], goalRatings: [{ goalId: link.goalId, rating: 3 }] })
      .expect(201);
    return link;
  }

  it("draws the client's goal ratings as their own series in /progress and carries them into every export", async () => {
    const { clientId, goalId, invitation } = await submitted(PHQ9_QUIET);
    const progress = (await clara.get(`/api/clients/${clientId}/progress`)).body;
    const goal = progress.goals.find((g: { goalId: string }) => g.goalId === goalId);
    const today = new Date(t.clock.now()).toISOString().slice(0, 10);
    expect(goal.clientPoints).toEqual([{ date: today, rating: 3, invitationId: invitation.id }]);
    expect(goal.points).toEqual([]);

    const md = await clara
      .get(`/api/clients/${clientId}/summary?format=md`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => done(null, text));
      });
    expect(md.body).toMatch(/G1 rated by the client:\*\* 3/);
    const fhir = await clara
      .get(`/api/clients/${clientId}/summary?format=fhir`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => done(null, JSON.parse(text)));
      });
    const resources = fhir.body.entry.map((e: { resource: Record<string, unknown> }) => e.resource);
    const patient = resources.find((r: { resourceType: string }) => r.resourceType === 'Patient');
    const own = resources.filter(
      (r: { resourceType: string; performer?: { reference: string }[] }) =>
        r.resourceType === 'Observation' && r.performer?.[0]?.reference === `urn:uuid:${patient.id}`,
    );
    expect(own.map((r: { valueInteger: number }) => r.valueInteger)).toEqual([3]);
    const csv = await clara
      .get(`/api/clients/${clientId}/summary?format=csv`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => done(null, text));
      });
    expect(csv.body).toContain(`${today},,,,,,client_rating`);
  });

  it('reviews a client’s result once: idempotent, the first review stands, one review event', async () => {
    const { clientId } = await submitted(PHQ9_QUIET);
    const [measure] = (await clara.get(`/api/clients/${clientId}/measures`)).body.items;
    const first = await clara.post(`/api/measures/${measure.id}/review`);
    expect(first.status).toBe(200);
    expect(first.body.reviewedAt).not.toBeNull();
    expect(first.body.reviewedBy).toBeDefined();
    const second = await clara.post(`/api/measures/${measure.id}/review`);
    expect(second.status).toBe(200);
    expect(second.body.reviewedAt).toBe(first.body.reviewedAt);
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'review' AND entity_id = $1`, [measure.id])).toHaveLength(1);
    expect((await supervisor.post(`/api/measures/${measure.id}/review`)).status).toBe(403);
  });

  it('opens a safety alert from the clinician’s entry too, and resolves it once, with a note', async () => {
    const client = await createClient(clara);
    await createMeasure(clara, client.id, { responses: PHQ9_ITEM9 });
    await createMeasure(clara, client.id, { responses: PHQ9_QUIET });
    const open = (await clara.get(`/api/clients/${client.id}/alerts?status=open`)).body.items;
    expect(open).toHaveLength(1);
    const alert = open[0];
    expect((await clara.post(`/api/alerts/${alert.id}/resolve`).send({ note: '' })).status).toBe(400);
    expect((await clara.post(`/api/alerts/${alert.id}/resolve`).send({ note: 'x'.repeat(2001) })).status).toBe(400);
    expect((await supervisor.post(`/api/alerts/${alert.id}/resolve`).send({ note: 'Seen.' })).status).toBe(403);
    const resolved = await clara.post(`/api/alerts/${alert.id}/resolve`).send({ note: 'Called the client; safety plan agreed.' });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', note: 'Called the client; safety plan agreed.' });
    const again = await clara.post(`/api/alerts/${alert.id}/resolve`).send({ note: 'Again.' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('alert_resolved');
    expect((await clara.get(`/api/clients/${client.id}/alerts?status=open`)).body.items).toEqual([]);
    expect((await clara.get(`/api/clients/${client.id}/alerts?status=resolved`)).body.items).toHaveLength(1);
    // Not even SQL reopens or deletes it.
    await expect(t.db.query(`UPDATE safety_alert SET status = 'open' WHERE id = $1`, [alert.id])).rejects.toThrow(/resolved/);
    await expect(t.db.query(`DELETE FROM safety_alert WHERE id = $1`, [alert.id])).rejects.toThrow(/cannot be deleted/);
  });

  it('flags new results and open alerts on the caseload, the alert first', async () => {
    const quiet = await submitted(PHQ9_QUIET);
    const alarming = await submitted(PHQ9_ITEM9);
    const { clients } = (await clara.get('/api/dashboard')).body;
    const flagsOf = (id: string) => clients.find((c: { client: { id: string } }) => c.client.id === id).flags;
    expect(flagsOf(quiet.clientId)).toContain('new_results');
    expect(flagsOf(alarming.clientId)).toEqual(expect.arrayContaining(['new_results', 'safety_alert']));
    expect(clients[0].flags).toContain('safety_alert');
    const [measure] = (await clara.get(`/api/clients/${quiet.clientId}/measures`)).body.items;
    await clara.post(`/api/measures/${measure.id}/review`).expect(200);
    const after = (await clara.get('/api/dashboard')).body.clients.find((c: { client: { id: string } }) => c.client.id === quiet.clientId);
    expect(after.flags).not.toContain('new_results');
  });
});
