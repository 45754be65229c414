import { createClient, newUser } from './factories';
import { PASSWORD, startTestApp, tableCounts, TestApp, TestUser } from './harness';
import type TestAgent from 'supertest/lib/agent';

let t: TestApp;
let practiceId: string;
let admin: TestUser;
let adminAgent: TestAgent;
let supervisor: TestUser;

beforeAll(async () => {
  t = await startTestApp();
  practiceId = await t.practice();
  admin = await t.user(practiceId, 'admin');
  supervisor = await t.user(practiceId, 'supervisor');
  adminAgent = await t.signIn(admin);
});
afterAll(() => t.close());

describe('users (admin)', () => {
  it('creates a clinician who can then sign in; the password is stored as argon2id', async () => {
    const res = await adminAgent.post('/api/users').send(
      newUser({
        email: 'New.Person@Test.Example',
        displayName: 'New Person',
        role: 'clinician',
        password: 'a-long-unusual-phrase-42',
        supervisorId: supervisor.id,
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'new.person@test.example', role: 'clinician', supervisorId: supervisor.id, active: true });
    const [{ password_hash }] = await t.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [res.body.id]);
    expect(password_hash).toMatch(/^\$argon2id\$/);
    await t.signIn({ email: 'new.person@test.example' }, 'a-long-unusual-phrase-42');
    const list = await adminAgent.get('/api/users');
    expect(list.body.items.map((u: { id: string }) => u.id)).toContain(res.body.id);
  });

  it.each([
    ['too short', 'short-pass1', 'password'],
    ['commonly used', '123qweasdzxc', 'password'],
    ['containing the email name', 'firstperson-is-me-2026', 'password'],
  ])('refuses a password that is %s', async (_what, password, field) => {
    const before = await tableCounts(t.db);
    const res = await adminAgent.post('/api/users').send(newUser({ email: 'firstperson@test.example', password }));
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe(field);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('refuses a duplicate email with 409 and a supervisor who is not one with 400', async () => {
    const dup = await adminAgent.post('/api/users').send(newUser({ email: admin.email }));
    expect(dup.status).toBe(409);
    const clinician = await t.user(practiceId, 'clinician');
    const badSupervisor = await adminAgent.post('/api/users').send(newUser({ supervisorId: clinician.id }));
    expect(badSupervisor.status).toBe(400);
    expect(badSupervisor.body.details[0].field).toBe('supervisorId');
  });

  it('changes a role and a password; the old password stops working', async () => {
    const user = await t.user(practiceId, 'clinician');
    const res = await adminAgent.patch(`/api/users/${user.id}`).send({ role: 'supervisor', password: 'brand-new-phrase-2027' });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('supervisor');
    expect((await t.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD })).status).toBe(401);
    await t.signIn(user, 'brand-new-phrase-2027');
  });

  it('applies a role change to sessions already open, on their next request', async () => {
    const user = await t.user(practiceId, 'clinician');
    const agent = await t.signIn(user);
    expect((await agent.get('/api/clients')).status).toBe(200);
    await adminAgent.patch(`/api/users/${user.id}`).send({ role: 'admin' });
    expect((await agent.get('/api/clients')).status).toBe(403);
    expect((await agent.get('/api/auth/me')).body.user.role).toBe('admin');
  });

  it('does not let an admin deactivate themselves', async () => {
    const res = await adminAgent.patch(`/api/users/${admin.id}`).send({ active: false });
    expect(res.status).toBe(400);
  });

  it('is for admins only (403), and never crosses practices (404)', async () => {
    const clinicianAgent = await t.signIn(await t.user(practiceId, 'clinician'));
    expect((await clinicianAgent.get('/api/users')).status).toBe(403);
    expect((await clinicianAgent.post('/api/users').send({})).status).toBe(403);
    const foreign = await t.user(await t.practice('Elsewhere'), 'clinician');
    expect((await adminAgent.patch(`/api/users/${foreign.id}`).send({ displayName: 'Mine now' })).status).toBe(404);
    expect((await adminAgent.get('/api/users')).body.items.map((u: { id: string }) => u.id)).not.toContain(foreign.id);
  });
});

describe('audit trail', () => {
  it('shows admins the practice trail and supervisors only their supervisees\u2019 clients', async () => {
    const clinician = await t.user(practiceId, 'clinician', { supervisorId: supervisor.id });
    const stranger = await t.user(practiceId, 'clinician');
    const a = await t.signIn(clinician);
    const b = await t.signIn(stranger);
    const mine = (await createClient(a)).id;
    const theirs = (await createClient(b)).id;

    const adminView = await adminAgent.get('/api/audit?action=create&limit=200');
    expect(adminView.status).toBe(200);
    const adminClients = adminView.body.items.map((e: { clientId: string }) => e.clientId);
    expect(adminClients).toEqual(expect.arrayContaining([mine, theirs]));

    const supervisorAgent = await t.signIn(supervisor);
    const supView = await supervisorAgent.get('/api/audit?limit=200');
    const supClients = new Set(supView.body.items.map((e: { clientId: string }) => e.clientId));
    expect(supClients.has(mine)).toBe(true);
    expect(supClients.has(theirs)).toBe(false);

    const filtered = await adminAgent.get(`/api/audit?clientId=${mine}`);
    expect(filtered.body.items.every((e: { clientId: string }) => e.clientId === mine)).toBe(true);
    expect((await a.get('/api/audit')).status).toBe(403);
  });
});

describe('colleagues (clinicians and supervisors, by name)', () => {
  it('lists the practice\u2019s clinicians and supervisors without emails, admins or other practices', async () => {
    const clinician = await t.user(practiceId, 'clinician');
    const leaver = await t.user(practiceId, 'clinician');
    await adminAgent.patch(`/api/users/${leaver.id}`).send({ active: false });
    const elsewhere = await t.user(await t.practice('Elsewhere'), 'clinician');
    const res = await (await t.signIn(clinician)).get('/api/colleagues');
    expect(res.status).toBe(200);
    const byId = new Map(res.body.items.map((c: { id: string }) => [c.id, c]));
    expect(byId.get(clinician.id)).toEqual({ id: clinician.id, displayName: expect.any(String), role: 'clinician', active: true });
    expect(byId.get(supervisor.id)).toMatchObject({ role: 'supervisor', active: true });
    // A deactivated colleague keeps a name (past sessions are theirs), marked inactive.
    expect(byId.get(leaver.id)).toMatchObject({ active: false });
    expect(byId.has(admin.id)).toBe(false);
    expect(byId.has(elsewhere.id)).toBe(false);
    expect(JSON.stringify(res.body)).not.toContain('@');
  });
});
