import type TestAgent from 'supertest/lib/agent';
import { createClient, createGoal, createMeasure, createSession, supervisedPractice } from './factories';
import { startTestApp, TestApp, TestUser } from './harness';

/**
 * "Before the session" (docs/api.md): hand-built histories and the panel each must give, written
 * out in full. Today is the clock's day; every session and clinician entry below is weeks before it,
 * and what the client answers through a link is dated today.
 */
let t: TestApp;
let practiceId: string;
let clara: TestAgent;
let claraUser: TestUser;
let supervisor: TestAgent;

const DOB = '1991-04-12';
const today = () => t.clock.now().toISOString().slice(0, 10);
const iso = (text: string) => new Date(text).toISOString();

beforeAll(async () => {
  t = await startTestApp();
  ({ practiceId, clinicianUser: claraUser, clinician: clara, supervisor } = await supervisedPractice(t, 'Harbour Therapy'));
});
afterAll(() => t.close());

async function prep(clientId: string, agent = clara) {
  const res = await agent.get(`/api/clients/${clientId}/prep`);
  if (res.status !== 200) throw new Error(`prep answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

async function sign(sessionId: string) {
  const res = await clara.post(`/api/sessions/${sessionId}/sign`);
  if (res.status !== 200) throw new Error(`signing answered ${res.status}: ${JSON.stringify(res.body)}`);
}

/** The client answers a link of `instruments` (and rates the goals shown) on their own device. */
async function clientAnswers(
  clientId: string,
  measures: { instrument: string; responses: number[] }[],
  goalRatings?: { goalId: string; rating: number }[],
) {
  const sent = await clara
    .post(`/api/clients/${clientId}/invitations`)
    .send({ instruments: measures.map((m) => m.instrument), includeGoals: goalRatings !== undefined });
  if (sent.status !== 201) throw new Error(`sending a link answered ${sent.status}: ${JSON.stringify(sent.body)}`);
  const token = new URL(sent.body.url).pathname.split('/').pop()!;
  const verify = await t.http().post(`/api/q/${token}/verify`).send({ dateOfBirth: DOB });
  const cookie = ([] as string[])
    .concat(verify.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('sb.q='))!
    .split(';')[0];
  const res = await t
    .http()
    .post(`/api/q/${token}/responses`)
    .set('Cookie', cookie)
    .send({ measures, ...(goalRatings ? { goalRatings } : {}) });
  if (res.status !== 201) throw new Error(`submitting answered ${res.status}: ${JSON.stringify(res.body)}`);
  return sent.body.id as string;
}

// PHQ-9 answers: totals 18, 14 and 9, none with item 9 above 0; and one with item 9 at 1.
const PHQ9_18 = [3, 3, 2, 2, 2, 2, 2, 2, 0];
const PHQ9_14 = [2, 2, 2, 2, 2, 2, 1, 1, 0];
const PHQ9_9 = [1, 1, 1, 1, 1, 1, 1, 2, 0];
const PHQ9_ITEM9 = [1, 1, 1, 1, 1, 1, 1, 1, 1];
const GAD7_14 = [2, 2, 2, 2, 2, 2, 2];
const GAD7_7 = [1, 1, 1, 1, 1, 1, 1];

const WEEKS = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09'];

describe('GET /api/clients/:id/prep', () => {
  it('gives the whole panel for a hand-built course: new scores since the last session, trends at their thresholds', async () => {
    const client = await createClient(clara, { dateOfBirth: DOB });
    // Ratings per week, oldest first. The trend reads the newest three against the three before, one point either way.
    const improving = await createGoal(clara, client.id, { title: 'Ask for reassurance once', baseline: 2, target: 8 }); // 5 5 5 → 6 6 6: +1
    const stable = await createGoal(clara, client.id, { title: 'Name the feeling', baseline: 2, target: 8 }); // 5 5 5 → 5 6 6: +2/3
    const worsening = await createGoal(clara, client.id, { title: 'Stay with silence', baseline: 2, target: 8 }); // 5 5 5 → 4 4 4: −1
    const twoRatings = await createGoal(clara, client.id, { title: 'Plan a day alone', baseline: 3, target: 7 });
    const paused = await createGoal(clara, client.id, { title: 'Paused goal', baseline: 1, target: 9 });
    const ratings: Record<string, number[]> = {
      [improving.id]: [5, 5, 5, 6, 6, 6],
      [stable.id]: [5, 5, 5, 5, 6, 6],
      [worsening.id]: [5, 5, 5, 4, 4, 4],
      [paused.id]: [1, 1, 1, 1, 1, 1],
    };
    const sessions: string[] = [];
    for (const [week, day] of WEEKS.entries()) {
      const goalRatings = Object.entries(ratings).map(([goalId, list]) => ({ goalId, rating: list[week] }));
      if (week >= 4) goalRatings.push({ goalId: twoRatings.id, rating: week === 4 ? 3 : 4 });
      const s = await createSession(clara, client.id, { startedAt: `${day}T15:00:00Z`, goalRatings, plan: `Plan of week ${week + 1}` });
      sessions.push(s.id);
    }
    // A cancelled session after the last attended one is not "the last session".
    const cancelled = await createSession(clara, client.id, { startedAt: '2026-11-16T15:00:00Z', attendance: 'cancelled', plan: 'Not this one' });
    // Every session signed but the last attended one: one unsigned.
    for (const id of [...sessions.slice(0, 5), cancelled.id]) await sign(id);
    await clara.patch(`/api/goals/${paused.id}`).send({ status: 'paused', version: 1 }).expect(200);

    // The clinician's questionnaires in the room: PHQ-9 18 then 14, GAD-7 14 then 7 on the last session's day.
    const phqFirst = await createMeasure(clara, client.id, { instrument: 'phq9', administeredOn: WEEKS[0], responses: PHQ9_18 });
    const phqSecond = await createMeasure(clara, client.id, { instrument: 'phq9', administeredOn: WEEKS[3], responses: PHQ9_14 });
    await createMeasure(clara, client.id, { instrument: 'gad7', administeredOn: WEEKS[0], responses: GAD7_14 });
    const gadLast = await createMeasure(clara, client.id, { instrument: 'gad7', administeredOn: WEEKS[5], responses: GAD7_7 });
    // Then, after the last session, the client answers a PHQ-9 at home (9) and rates one goal.
    const invitationId = await clientAnswers(client.id, [{ instrument: 'phq9', responses: PHQ9_9 }], [{ goalId: improving.id, rating: 7 }]);
    const [phqNew] = await t.db.query(`SELECT id FROM measure WHERE invitation_id = $1`, [invitationId]);
    expect(phqFirst.id).not.toBe(phqNew.id);

    const rated = (week: number, rating: number) => ({ date: WEEKS[week], rating, sessionId: sessions[week] });
    expect(await prep(client.id)).toEqual({
      lastSession: { id: sessions[5], startedAt: '2026-11-09T15:00:00.000Z', plan: 'Plan of week 6' },
      measures: [
        {
          instrument: 'phq9',
          scale: 'total',
          latest: { measureId: phqNew.id, date: today(), score: 9, band: 'mild', source: 'client' },
          previous: { measureId: phqSecond.id, date: WEEKS[3], score: 14 },
          direction: 'down',
          sinceLastSession: true,
          // (9 − 18) / 2.1 = −4.29: reliably improved.
          reliableChange: { from: 18, to: 9, rci: -4.29, verdict: 'improved' },
        },
        {
          instrument: 'gad7',
          scale: 'total',
          // Dated on the last session's day: not new since it.
          latest: { measureId: gadLast.id, date: WEEKS[5], score: 7, band: 'mild', source: 'clinician' },
          previous: { measureId: expect.any(String), date: WEEKS[0], score: 14 },
          direction: 'down',
          sinceLastSession: false,
          // S_diff = 3.5 × √(2 × 0.17) = 2.041; (7 − 14) / 2.041 = −3.43.
          reliableChange: { from: 14, to: 7, rci: -3.43, verdict: 'improved' },
        },
      ],
      goals: [
        {
          goalId: improving.id,
          title: 'Ask for reassurance once',
          baseline: 2,
          target: 8,
          lastRatings: [rated(5, 6), rated(4, 6), rated(3, 6)],
          clientLatest: { date: today(), rating: 7, invitationId },
          trend: 'improving',
        },
        {
          goalId: stable.id,
          title: 'Name the feeling',
          baseline: 2,
          target: 8,
          lastRatings: [rated(5, 6), rated(4, 6), rated(3, 5)],
          clientLatest: null,
          trend: 'stable',
        },
        {
          goalId: worsening.id,
          title: 'Stay with silence',
          baseline: 2,
          target: 8,
          lastRatings: [rated(5, 4), rated(4, 4), rated(3, 4)],
          clientLatest: null,
          trend: 'worsening',
        },
        {
          goalId: twoRatings.id,
          title: 'Plan a day alone',
          baseline: 3,
          target: 7,
          lastRatings: [rated(5, 4), rated(4, 3)],
          clientLatest: null,
          trend: null,
        },
      ],
      openAlerts: [],
      unreviewed: [{ measureId: phqNew.id, instrument: 'phq9', date: today() }],
      unsignedSessions: 1,
      nextDue: null,
    });
  });

  it('gives an empty panel for a client with nothing recorded yet', async () => {
    const client = await createClient(clara);
    expect(await prep(client.id)).toEqual({
      lastSession: null,
      measures: [],
      goals: [],
      openAlerts: [],
      unreviewed: [],
      unsignedSessions: 0,
      nextDue: null,
    });
  });

  it('marks a score new when it is dated the day after the last attended session, and not on its day', async () => {
    const client = await createClient(clara);
    await createSession(clara, client.id, { startedAt: '2026-11-09T09:00:00Z' });
    // A session logged ahead of time (tomorrow) is not the last one yet.
    const ahead = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    await createSession(clara, client.id, { startedAt: ahead });
    await createMeasure(clara, client.id, { instrument: 'phq9', administeredOn: '2026-11-09', responses: PHQ9_14 });
    await createMeasure(clara, client.id, { instrument: 'gad7', administeredOn: '2026-11-10', responses: GAD7_7 });
    const panel = await prep(client.id);
    expect(panel.lastSession.startedAt).toBe('2026-11-09T09:00:00.000Z');
    expect(panel.unsignedSessions).toBe(2);
    expect(panel.measures.map((m: { instrument: string; sinceLastSession: boolean }) => [m.instrument, m.sinceLastSession])).toEqual([
      ['gad7', true],
      ['phq9', false],
    ]);
    // One score each: no previous, no direction, no verdict.
    expect(panel.measures[0]).toMatchObject({ previous: null, direction: null, reliableChange: null });
  });

  it('lists an open safety alert (the panel shows it first), and no more once it is resolved', async () => {
    const client = await createClient(clara, { dateOfBirth: DOB });
    await clientAnswers(client.id, [{ instrument: 'phq9', responses: PHQ9_ITEM9 }]);
    const [alert] = await t.db.query(`SELECT id, measure_id, raised_at FROM safety_alert WHERE client_id = $1`, [client.id]);
    const panel = await prep(client.id);
    expect(panel.openAlerts).toEqual([{ id: alert.id, kind: 'safety_item', measureId: alert.measure_id, raisedAt: iso(alert.raised_at) }]);
    expect(panel.measures[0].latest).toMatchObject({ score: 9, band: 'mild', source: 'client' });

    await clara.post(`/api/alerts/${alert.id}/resolve`).send({ note: 'Spoke with the client; safety plan agreed.' }).expect(200);
    expect((await prep(client.id)).openAlerts).toEqual([]);
  });

  it('empties the results to review once each is marked reviewed ("Mark all reviewed")', async () => {
    const client = await createClient(clara, { dateOfBirth: DOB });
    await clientAnswers(client.id, [
      { instrument: 'phq9', responses: PHQ9_9 },
      { instrument: 'gad7', responses: GAD7_7 },
    ]);
    // A clinician's own entry is reviewed as it is typed in: never listed.
    await createMeasure(clara, client.id, { instrument: 'gad7', administeredOn: '2026-11-02', responses: GAD7_14 });
    const before = await prep(client.id);
    expect(before.unreviewed.map((u: { instrument: string; date: string }) => [u.instrument, u.date]).sort()).toEqual([
      ['gad7', today()],
      ['phq9', today()],
    ]);
    // What the panel's button does: the review route for each listed result.
    for (const { measureId } of before.unreviewed) await clara.post(`/api/measures/${measureId}/review`).expect(200);
    expect((await prep(client.id)).unreviewed).toEqual([]);
  });

  it('counts a fall towards a lower target as improving', async () => {
    const client = await createClient(clara);
    const goal = await createGoal(clara, client.id, { title: 'Check the phone less', baseline: 9, target: 2 });
    for (const [week, rating] of [8, 8, 8, 7, 7, 7].entries()) {
      await createSession(clara, client.id, { startedAt: `${WEEKS[week]}T15:00:00Z`, goalRatings: [{ goalId: goal.id, rating }] });
    }
    expect((await prep(client.id)).goals[0]).toMatchObject({ lastRatings: [{ rating: 7 }, { rating: 7 }, { rating: 7 }], trend: 'improving' });
  });

  it('names the running measure plan that comes due soonest as next due, and none once it is stopped', async () => {
    const client = await createClient(clara, { dateOfBirth: DOB });
    const inDays = (n: number) => new Date(t.clock.now().getTime() + n * 86_400_000).toISOString().slice(0, 10);
    const plan = async (instruments: string[], startsOn: string) => {
      const res = await clara.post(`/api/clients/${client.id}/measure-plans`).send({ instruments, cadence: 'every_4_weeks', startsOn });
      if (res.status !== 201) throw new Error(`a plan answered ${res.status}: ${JSON.stringify(res.body)}`);
      return res.body;
    };
    const later = await plan(['rses'], inDays(20));
    const sooner = await plan(['phq9', 'gad7'], inDays(6));
    expect((await prep(client.id)).nextDue).toEqual({ planId: sooner.id, dueOn: inDays(6), instruments: ['phq9', 'gad7'] });
    await clara.patch(`/api/measure-plans/${sooner.id}`).send({ status: 'stopped', version: sooner.version }).expect(200);
    expect((await prep(client.id)).nextDue).toEqual({ planId: later.id, dueOn: inDays(20), instruments: ['rses'] });
    await clara.patch(`/api/measure-plans/${later.id}`).send({ status: 'stopped', version: later.version }).expect(200);
    expect((await prep(client.id)).nextDue).toBeNull();
  });

  it('lets the supervisor read it, answers a colleague 404 and an admin 403, and writes one read event per read', async () => {
    const client = await createClient(clara);
    const colleague = await t.signIn(await t.user(practiceId, 'clinician'));
    const admin = await t.signIn(await t.user(practiceId, 'admin'));
    expect((await supervisor.get(`/api/clients/${client.id}/prep`)).status).toBe(200);
    expect((await colleague.get(`/api/clients/${client.id}/prep`)).status).toBe(404);
    expect((await admin.get(`/api/clients/${client.id}/prep`)).status).toBe(403);
    expect((await clara.get(`/api/clients/00000000-0000-4000-8000-000000000000/prep`)).status).toBe(404);
    const bad = await clara.get(`/api/clients/not-a-uuid/prep`);
    expect({ status: bad.status, details: bad.body.details }).toEqual({ status: 400, details: [{ field: 'id', problem: 'must be a UUID' }] });

    await prep(client.id);
    const events = await t.db.query(
      `SELECT action, entity_type, client_id, actor_id FROM audit_event WHERE client_id = $1 AND entity_type = 'prep'`,
      [client.id],
    );
    expect(events).toHaveLength(2); // the supervisor's read and clara's; refusals write none
    expect(events.map((e: { actor_id: string }) => e.actor_id)).toContain(claraUser.id);
    expect(events.every((e: { action: string }) => e.action === 'read')).toBe(true);
  });
});
