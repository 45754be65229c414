import type TestAgent from 'supertest/lib/agent';
import { createClient, createMeasure, newMeasure } from './factories';
import { startTestApp, tableCounts, TestApp, TestUser } from './harness';

let t: TestApp;
let practiceId: string;
let clara: TestUser;
let agent: TestAgent;
let clientId: string;

beforeAll(async () => {
  t = await startTestApp();
  practiceId = await t.practice();
  clara = await t.user(practiceId, 'clinician');
  agent = await t.signIn(clara);
  clientId = (await createClient(agent, { firstName: 'Q', lastName: 'Client', intakeDate: '2026-01-01' })).id;
});
afterAll(() => t.close());

const phq9 = (responses: number[], administeredOn = '2026-01-05') => newMeasure({ instrument: 'phq9', administeredOn, responses });

describe('questionnaires', () => {
  it('serves the catalogue with item counts, bands and the reliability figures and their source', async () => {
    const res = await agent.get('/api/instruments');
    expect(res.status).toBe(200);
    expect(res.body.map((i: { code: string }) => i.code)).toEqual(['phq9', 'gad7', 'rses', 'ecr_r', 'ecr_rs']);
    const phq = res.body[0];
    expect(phq).toMatchObject({ itemCount: 9, min: 0, max: 3 });
    expect(phq.bands.map((b: { code: string }) => b.code)).toEqual(['minimal', 'mild', 'moderate', 'moderately_severe', 'severe']);
    expect(phq.reliability.source).toEqual(expect.any(String));
  });

  it('scores a PHQ-9 on the server: total, band and the safety flag', async () => {
    // 2+2+1+1+2+1+1+1+1 = 12 → moderate (10–14); item 9 = 1 > 0 → safety flag.
    const res = await agent.post(`/api/clients/${clientId}/measures`).send(phq9([2, 2, 1, 1, 2, 1, 1, 1, 1]));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      instrument: 'phq9',
      administeredOn: '2026-01-05',
      responses: [2, 2, 1, 1, 2, 1, 1, 1, 1],
      scores: { total: 12 },
      band: 'moderate',
      flags: ['safety_item'],
      sessionId: null,
    });
  });

  it('scores an ECR-R into anxiety and avoidance means', async () => {
    const responses = Array.from({ length: 36 }, (_, i) => (i < 18 ? 6 : 2));
    const res = await agent.post(`/api/clients/${clientId}/measures`).send({ instrument: 'ecr_r', administeredOn: '2026-01-05', responses });
    expect(res.status).toBe(201);
    // Anxiety: 16 items of 6 and reversed items 9 and 11 (8 − 6 = 2): (16·6 + 2·2) / 18 = 100/18 = 5.56.
    // Avoidance: 6 plain items of 2 and 12 reversed (8 − 2 = 6): (6·2 + 12·6) / 18 = 84/18 = 4.67.
    expect(res.body.scores).toEqual({ anxiety: 5.56, avoidance: 4.67 });
  });

  it.each([
    ['too few answers', [1, 2, 3], 'responses'],
    ['an answer out of range', [0, 0, 0, 4, 0, 0, 0, 0, 0], 'responses[3]'],
    ['a fractional answer', [0, 0, 0, 1.5, 0, 0, 0, 0, 0], 'responses[3]'],
    ['text as an answer', [0, 0, 0, 'two', 0, 0, 0, 0, 0], 'responses[3]'],
  ])('rejects %s with 400 naming the item, writing nothing', async (_what, responses, field) => {
    const before = await tableCounts(t.db);
    const res = await agent.post(`/api/clients/${clientId}/measures`).send(phq9(responses as number[]));
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('rejects an unknown instrument, a future date and a session of another client', async () => {
    expect((await agent.post(`/api/clients/${clientId}/measures`).send({ ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), instrument: 'bdi' })).status).toBe(
      400,
    );
    const future = await agent.post(`/api/clients/${clientId}/measures`).send(phq9([0, 0, 0, 0, 0, 0, 0, 0, 0], '2999-01-01'));
    expect(future.body.details[0].field).toBe('administeredOn');
    const other = await agent
      .post(`/api/clients/${clientId}/measures`)
      .send({ ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), sessionId: '00000000-0000-4000-8000-000000000000' });
    expect(other.body.details[0].field).toBe('sessionId');
  });

  it('charts scores with bands, the reliable-change verdict, the attachment plot, and flags the caseload', async () => {
    const c = (await createClient(agent, { firstName: 'R', lastName: 'Worse', intakeDate: '2026-01-01' })).id;
    await createMeasure(agent, c, { instrument: 'gad7', administeredOn: '2026-01-05', responses: [0, 1, 0, 1, 0, 0, 1] });
    await createMeasure(agent, c, { instrument: 'gad7', administeredOn: '2026-03-02', responses: [3, 3, 3, 2, 3, 2, 3] });
    await agent.post(`/api/clients/${c}/measures`).send(phq9([1, 1, 1, 1, 1, 1, 1, 1, 2], '2026-03-02'));
    await createMeasure(agent, c, { instrument: 'ecr_rs', administeredOn: '2026-01-05', responses: [2, 2, 2, 2, 5, 5, 6, 6, 6] });
    await createMeasure(agent, c, { instrument: 'ecr_rs', administeredOn: '2026-03-02', responses: [5, 5, 5, 5, 3, 3, 3, 3, 3] });

    const p = (await agent.get(`/api/clients/${c}/progress`)).body;
    const gad = p.measures.find((m: { instrument: string }) => m.instrument === 'gad7');
    // 0+1+0+1+0+0+1 = 3 (minimal) → 3+3+3+2+3+2+3 = 19 (severe).
    expect(gad.points).toEqual([
      { date: '2026-01-05', score: 3, band: 'minimal', flags: [] },
      { date: '2026-03-02', score: 19, band: 'severe', flags: [] },
    ]);
    // The PHQ-9 point carries its administration's safety flag (item 9 = 2), for the chart to raise.
    const phq = p.measures.find((m: { instrument: string }) => m.instrument === 'phq9');
    expect(phq.points).toEqual([{ date: '2026-03-02', score: 10, band: 'moderate', flags: ['safety_item'] }]);
    expect(gad.reliableChange).toMatchObject({ from: 3, to: 19, verdict: 'worse' });
    // ECR-RS avoidance = mean(items 1–6, 1–4 reversed): (6+6+6+6+5+5)/6 = 5.67, then (3+3+3+3+3+3)/6 = 3; anxiety = mean(7–9): 6, then 3.
    expect(p.attachment).toEqual([
      { date: '2026-01-05', anxiety: 6, avoidance: 5.67, instrument: 'ecr_rs' },
      { date: '2026-03-02', anxiety: 3, avoidance: 3, instrument: 'ecr_rs' },
    ]);

    const dash = (await agent.get('/api/dashboard')).body.clients;
    const row = dash.find((r: { client: { id: string } }) => r.client.id === c);
    expect(row.flags).toEqual(expect.arrayContaining(['reliably_worse', 'safety_item']));
    // A safety item puts the client at the top of the caseload.
    expect(dash[0].flags).toContain('safety_item');

    // A later PHQ-9 with item 9 at 0 clears the safety flag.
    await agent.post(`/api/clients/${c}/measures`).send(phq9([1, 1, 1, 1, 1, 1, 1, 1, 0], '2026-03-09'));
    const after = (await agent.get('/api/dashboard')).body.clients.find((r: { client: { id: string } }) => r.client.id === c);
    expect(after.flags).not.toContain('safety_item');
  });

  it('lists newest first, filters by instrument, audits, and keeps other clinicians out', async () => {
    const list = await agent.get(`/api/clients/${clientId}/measures?instrument=phq9`);
    expect(list.status).toBe(200);
    expect(list.body.items.every((m: { instrument: string }) => m.instrument === 'phq9')).toBe(true);
    const actions = await t.db.query(
      `SELECT DISTINCT action::text AS action, entity_type FROM audit_event WHERE client_id = $1 AND entity_type IN ('measure', 'measures') ORDER BY 1`,
      [clientId],
    );
    expect(actions).toEqual([
      { action: 'create', entity_type: 'measure' },
      { action: 'read', entity_type: 'measures' },
    ]);
    const other = await t.signIn(await t.user(practiceId, 'clinician'));
    expect((await other.get(`/api/clients/${clientId}/measures`)).status).toBe(404);
    expect((await other.post(`/api/clients/${clientId}/measures`).send(phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]))).status).toBe(404);
  });
});
