import type TestAgent from 'supertest/lib/agent';
import { get } from 'node:http';
import { createClient, createGoal, newSession } from './factories';
import { PASSWORD, startTestApp, TestApp, TestUser } from './harness';

let t: TestApp;
let practiceId: string;
let clara: TestUser;
let agent: TestAgent;

beforeAll(async () => {
  t = await startTestApp();
  practiceId = await t.practice();
  clara = await t.user(practiceId, 'clinician');
  agent = await t.signIn(clara);
});
afterAll(() => t.close());

async function client(intakeDate = '2026-01-05') {
  return (await createClient(agent, { firstName: 'P', lastName: `Client ${Math.random()}`, intakeDate })).id;
}
async function goal(clientId: string, title: string, baseline = 3, target = 8) {
  return (await createGoal(agent, clientId, { domain: 'boundary_setting', title, baseline, target })).id;
}
async function logSession(clientId: string, startedAt: string, extra: Record<string, unknown>) {
  const res = await agent.post(`/api/clients/${clientId}/sessions`).send(newSession({ startedAt, ...extra }));
  expect(res.status).toBe(201);
  return res.body;
}

describe('GET /api/clients/:id/progress', () => {
  it('returns the exact numbers that were logged, per goal, month, pattern and attendance', async () => {
    const c = await client();
    const g1 = await goal(c, 'Boundaries', 3, 8);
    const g2 = await goal(c, 'Self-talk', 2, 7);
    const s1 = await logSession(c, '2026-01-12T15:00:00Z', {
      goalRatings: [
        { goalId: g1, rating: 4, comment: 'first no' },
        { goalId: g2, rating: 2 },
      ],
      patterns: [{ pattern: 'reassurance_seeking', intensity: 3 }],
      interventions: [{ approach: 'eft' }, { approach: 'cbt' }],
    });
    const s2 = await logSession(c, '2026-01-26T15:00:00Z', {
      goalRatings: [{ goalId: g1, rating: 6 }],
      patterns: [{ pattern: 'reassurance_seeking', intensity: 2 }],
      interventions: [{ approach: 'eft' }],
    });
    await logSession(c, '2026-02-09T15:00:00Z', {
      goalRatings: [
        { goalId: g1, rating: 7 },
        { goalId: g2, rating: 5 },
      ],
      patterns: [
        { pattern: 'reassurance_seeking', intensity: 1 },
        { pattern: 'low_self_worth', intensity: 2 },
      ],
      interventions: [{ approach: 'mbct' }],
    });
    await logSession(c, '2026-02-16T15:00:00Z', { attendance: 'no_show' });
    await logSession(c, '2026-02-23T15:00:00Z', { attendance: 'cancelled' });

    const res = await agent.get(`/api/clients/${c}/progress`);
    expect(res.status).toBe(200);
    const p = res.body;
    expect(p.goals).toHaveLength(2);
    expect(p.goals[0]).toMatchObject({ goalId: g1, title: 'Boundaries', baseline: 3, target: 8, status: 'active' });
    expect(p.goals[0].points).toEqual([
      { date: '2026-01-12', rating: 4, sessionId: s1.id, comment: 'first no' },
      { date: '2026-01-26', rating: 6, sessionId: s2.id },
      { date: '2026-02-09', rating: 7, sessionId: expect.any(String) },
    ]);
    expect(p.goals[1].points.map((x: { rating: number }) => x.rating)).toEqual([2, 5]);
    expect(p.approaches).toEqual([
      { month: '2026-01', counts: { eft: 2, cbt: 1 } },
      { month: '2026-02', counts: { mbct: 1 } },
    ]);
    expect(p.patterns).toEqual([
      { month: '2026-01', pattern: 'reassurance_seeking', meanIntensity: 2.5 },
      // Within a month, patterns come in the vocabulary's order (PRESENTING_PATTERNS).
      { month: '2026-02', pattern: 'reassurance_seeking', meanIntensity: 1 },
      { month: '2026-02', pattern: 'low_self_worth', meanIntensity: 2 },
    ]);
    expect(p.attendance).toEqual({ attended: 3, cancelled: 1, noShow: 1 });
    expect(p.measures).toEqual([]);
    expect(p.attachment).toEqual([]);

    const feb = (await agent.get(`/api/clients/${c}/progress?from=2026-02-01&to=2026-02-28`)).body;
    expect(feb.goals[0].points.map((x: { date: string }) => x.date)).toEqual(['2026-02-09']);
    expect(feb.attendance).toEqual({ attended: 1, cancelled: 1, noShow: 1 });
    expect((await agent.get(`/api/clients/${c}/progress?from=2026-03-01&to=2026-02-01`)).status).toBe(400);
  });

  it('stays under 100 KB for five years of weekly sessions with six goals', async () => {
    const c = await client('2021-01-04');
    const goals = [];
    for (let i = 0; i < 6; i++) goals.push(await goal(c, `Goal number ${i + 1} in the client's own words`));
    // Bulk-insert 260 sessions with ratings, patterns and notes (the API path is covered above).
    await t.db.query(
      `INSERT INTO therapy_session (practice_id, client_id, clinician_id, started_at, duration_minutes, modality, setting, attendance, summary)
       SELECT $1, $2, $3, timestamptz '2021-01-05 15:00Z' + (w || ' weeks')::interval, 50, 'individual', 'in_person', 'attended', 'A summary of the session.'
         FROM generate_series(0, 259) w`,
      [practiceId, c, clara.id],
    );
    await t.db.query(
      `INSERT INTO goal_rating (practice_id, client_id, session_id, goal_id, rating, comment)
       SELECT $1, $2, s.id, g, (random() * 10)::int, 'A short comment about this rating' FROM therapy_session s, unnest($3::uuid[]) g WHERE s.client_id = $2`,
      [practiceId, c, goals],
    );
    await t.db.query(
      `INSERT INTO pattern_observation (practice_id, client_id, session_id, pattern, intensity)
       SELECT $1, $2, s.id, p::presenting_pattern, 2 FROM therapy_session s, unnest(ARRAY['reassurance_seeking', 'low_self_worth', 'fear_of_abandonment']) p WHERE s.client_id = $2`,
      [practiceId, c],
    );
    await t.db.query(
      `INSERT INTO intervention_note (practice_id, client_id, session_id, position, approach, note)
       SELECT $1, $2, s.id, 0, 'eft', repeat('Note text ', 40) FROM therapy_session s WHERE s.client_id = $2`,
      [practiceId, c],
    );
    const res = await agent.get(`/api/clients/${c}/progress`);
    expect(res.status).toBe(200);
    expect(res.body.goals.every((g: { points: unknown[] }) => g.points.length === 260)).toBe(true);
    expect(res.body.approaches).toHaveLength(60);
    // On the wire: the server compresses JSON (gzip) for clients that accept it, as browsers do.
    // Node's http module does not decompress, so this counts the bytes actually sent.
    const login = await t.http().post('/api/auth/login').send({ email: clara.email, password: PASSWORD });
    const cookie = String((login.headers['set-cookie'] as unknown as string[])[0]).split(';')[0];
    const server = t.app.getHttpServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const wire = await new Promise<{ encoding?: string; bytes: number }>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path: `/api/clients/${c}/progress`, headers: { cookie, 'accept-encoding': 'gzip' } }, (r) => {
        let bytes = 0;
        r.on('data', (chunk: Buffer) => (bytes += chunk.length));
        r.on('end', () => resolve({ encoding: r.headers['content-encoding'], bytes }));
      }).on('error', reject);
    });
    expect(wire.encoding).toBe('gzip');
    const wireBytes = wire.bytes;
    expect(wireBytes).toBeLessThan(100 * 1024);
    // Recorded for the issue note: uncompressed and compressed sizes of this five-year response.
    console.log(`five-year progress: ${Buffer.byteLength(res.text)} bytes JSON, ${wireBytes} bytes gzip`);
  });

  it('is 404 for another clinician and 403 for an admin', async () => {
    const c = await client();
    expect((await (await t.signIn(await t.user(practiceId, 'clinician'))).get(`/api/clients/${c}/progress`)).status).toBe(404);
    expect((await (await t.signIn(await t.user(practiceId, 'admin'))).get(`/api/clients/${c}/progress`)).status).toBe(403);
  });
});

describe('GET /api/dashboard', () => {
  it('lists the caseload with last session, 30-day count, trend and flags, flagged first', async () => {
    const me = await t.user(practiceId, 'clinician');
    const a = await t.signIn(me);
    const mk = async (lastName: string, intakeDate: string) => (await createClient(a, { firstName: 'D', lastName, intakeDate })).id;
    // "Last 30 days" is counted back from the app's clock.
    const now = t.clock.now().getTime();
    const day = (n: number) => new Date(now - n * 86_400_000).toISOString();
    const recent = await mk('Recent', '2025-01-01');
    const quiet = await mk('Quiet', '2025-01-01');
    await mk('Fresh', day(3).slice(0, 10));
    const g = (await createGoal(a, recent, { title: 'G', startedOn: '2025-01-01' })).id;
    for (const [n, rating] of [
      [20, 4],
      [13, 5],
      [6, 7],
    ]) {
      const s = await a
        .post(`/api/clients/${recent}/sessions`)
        .send(newSession({ startedAt: day(n as number), goalRatings: [{ goalId: g, rating }] }));
      await a.post(`/api/sessions/${s.body.id}/sign`);
    }
    await a.post(`/api/clients/${quiet}/sessions`).send(newSession({ startedAt: day(45) }));

    const res = await a.get('/api/dashboard');
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(res.body.clients.map((r: { client: { lastName: string } }) => [r.client.lastName, r]));
    expect(Object.keys(byName).sort()).toEqual(['Fresh', 'Quiet', 'Recent']);
    expect(byName.Recent).toMatchObject({ sessionsLast30Days: 3, flags: [] });
    expect(byName.Recent.lastSessionAt).toBe(day(6));
    expect(byName.Recent.goalTrend.map((p: { meanRating: number }) => p.meanRating)).toEqual([4, 5, 7]);
    expect(byName.Quiet.flags).toEqual(['no_session_30_days', 'unsigned_notes']);
    expect(byName.Quiet.sessionsLast30Days).toBe(0);
    expect(byName.Fresh.flags).toEqual([]);
    expect(res.body.clients[0].client.lastName).toBe('Quiet');
  });
});
