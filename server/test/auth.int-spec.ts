import { IDLE_LIMIT_MS, ABSOLUTE_LIMIT_MS } from '../src/auth/sign-in-store';
import { MAX_FAILURES_PER_ACCOUNT_AND_IP, THROTTLE_WINDOW_MS } from '../src/auth/login-throttle';
import { PASSWORD, startTestApp, TestApp, TestUser } from './harness';

let t: TestApp;
let practiceId: string;
let clara: TestUser;

beforeAll(async () => {
  t = await startTestApp({ trustProxy: true });
  practiceId = await t.practice();
  clara = await t.user(practiceId, 'clinician');
});
afterAll(() => t.close());

const cookieOf = (res: { headers: Record<string, unknown> }) => String((res.headers['set-cookie'] as string[])[0]).split(';')[0];

describe('sign-in', () => {
  it('answers 200 with the user and an httpOnly, SameSite=Strict session cookie', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: clara.email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({
      id: clara.id,
      email: clara.email,
      displayName: expect.any(String),
      role: 'clinician',
      supervisorId: null,
      active: true,
      requiresCosign: false,
      practiceName: 'Test Practice',
    });
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0];
    expect(cookie).toMatch(/^sb\.sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(res.body.user).not.toHaveProperty('passwordHash');
  });

  it('accepts the email in any case and with surrounding spaces', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: `  ${clara.email.toUpperCase()} `, password: PASSWORD });
    expect(res.status).toBe(200);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.0.0.1')
      .send({ email: clara.email, password: 'not-the-password' });
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.0.0.1')
      .send({ email: 'nobody@test.example', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('answers a malformed sign-in with 400 naming the field', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'password']);
  });

  it('gives a new session id at sign-in, even to a browser that already had one', async () => {
    const agent = await t.signIn(clara);
    const first = await agent.post('/api/auth/login').send({ email: clara.email, password: PASSWORD });
    const second = await agent.post('/api/auth/login').send({ email: clara.email, password: PASSWORD });
    expect(cookieOf(first)).not.toEqual(cookieOf(second));
  });

  it('records sign-ins, failures and sign-outs in the audit trail', async () => {
    const user = await t.user(practiceId, 'clinician');
    await t.http().post('/api/auth/login').set('X-Forwarded-For', '10.0.0.9').send({ email: user.email, password: 'wrong-password-here' });
    const agent = await t.signIn(user);
    await agent.post('/api/auth/logout');
    const rows = await t.db.query(`SELECT action, outcome, actor_id FROM audit_event WHERE entity_id = $1 ORDER BY at`, [user.id]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['login_failed', 'login', 'logout']);
    expect(rows[0].outcome).toBe('failure');
  });
});

describe('the session', () => {
  it('protects every route that is not public with 401', async () => {
    expect((await t.http().get('/api/auth/me')).status).toBe(401);
    expect((await t.http().get('/api/clients')).status).toBe(401);
    expect((await t.http().get('/api/health')).status).toBe(200);
    expect((await t.http().get('/api/docs-json')).status).toBe(200);
  });

  it('returns the same {user} from /me as from sign-in', async () => {
    const agent = await t.signIn(clara);
    const me = await agent.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(clara.id);
  });

  it('is dead on the server after sign-out, even if the cookie is replayed', async () => {
    const login = await t.http().post('/api/auth/login').send({ email: clara.email, password: PASSWORD });
    const cookie = cookieOf(login);
    expect((await t.http().get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);
    expect((await t.http().post('/api/auth/logout').set('Cookie', cookie)).status).toBe(204);
    expect((await t.http().get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('ends after 30 idle minutes, and activity keeps it alive', async () => {
    const agent = await t.signIn(clara);
    t.clock.advance(IDLE_LIMIT_MS - 5 * 60_000);
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    t.clock.advance(IDLE_LIMIT_MS - 5 * 60_000);
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    t.clock.advance(IDLE_LIMIT_MS + 1000);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('ends 12 hours after sign-in however active it is', async () => {
    const agent = await t.signIn(clara);
    for (let elapsed = 0; elapsed < ABSOLUTE_LIMIT_MS - 20 * 60_000; elapsed += 20 * 60_000) {
      t.clock.advance(20 * 60_000);
      expect((await agent.get('/api/auth/me')).status).toBe(200);
    }
    t.clock.advance(25 * 60_000);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('ends when an admin deactivates the user', async () => {
    const admin = await t.user(practiceId, 'admin');
    const user = await t.user(practiceId, 'clinician');
    const userAgent = await t.signIn(user);
    const adminAgent = await t.signIn(admin);
    expect((await adminAgent.patch(`/api/users/${user.id}`).send({ active: false })).status).toBe(200);
    expect((await userAgent.get('/api/auth/me')).status).toBe(401);
    expect((await t.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD })).status).toBe(401);
  });
});

describe('throttling', () => {
  it('answers 429 with Retry-After after repeated failures, for that email from that address only', async () => {
    const user = await t.user(practiceId, 'clinician');
    const attacker = '203.0.113.7';
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_IP; i++) {
      const res = await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', attacker)
        .send({ email: user.email, password: 'guess-number-' + i });
      expect(res.status).toBe(401);
    }
    const blocked = await t.http().post('/api/auth/login').set('X-Forwarded-For', attacker).send({ email: user.email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE_WINDOW_MS / 1000);

    // The real user, elsewhere, is not locked out by the attacker.
    const fromHome = await t.http().post('/api/auth/login').set('X-Forwarded-For', '198.51.100.20').send({ email: user.email, password: PASSWORD });
    expect(fromHome.status).toBe(200);

    // And the lock lifts by itself once the window has passed.
    t.clock.advance(THROTTLE_WINDOW_MS + 1000);
    const later = await t.http().post('/api/auth/login').set('X-Forwarded-For', attacker).send({ email: user.email, password: PASSWORD });
    expect(later.status).toBe(200);
  });
});

describe('content type (CSRF defence)', () => {
  it('answers a state-changing request that is not JSON with 415 and changes nothing', async () => {
    const agent = await t.signIn(clara);
    const before = await t.db.query(`SELECT count(*)::int AS n FROM client`);
    const form = await agent.post('/api/clients').type('form').send('firstName=A&lastName=B&intakeDate=2026-01-01');
    expect(form.status).toBe(415);
    const text = await agent
      .post('/api/clients')
      .set('Content-Type', 'text/plain')
      .send('{"firstName":"A","lastName":"B","intakeDate":"2026-01-01"}');
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM client`)).toEqual(before);
  });
});
