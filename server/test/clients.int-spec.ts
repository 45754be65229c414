import type TestAgent from 'supertest/lib/agent';
import * as factories from './factories';
import { startTestApp, tableCounts, TestApp, TestUser } from './harness';

let t: TestApp;
let practiceId: string;
let supervisor: TestUser;
let clara: TestUser;
let omar: TestUser;
let admin: TestUser;
let outsider: TestUser;
let claraAgent: TestAgent;

/** Maya with every optional intake field filled in, so what comes back can be compared field by field. */
const newClient = (over: Record<string, unknown> = {}) =>
  factories.newClient({
    preferredName: 'May',
    pronouns: 'she/her',
    dateOfBirth: '1993-04-18',
    attachmentStyle: 'anxious',
    presentingPatterns: ['fear_of_abandonment', 'reassurance_seeking'],
    intakeDate: '2026-03-02',
    ...over,
  });

beforeAll(async () => {
  t = await startTestApp();
  ({ practiceId, supervisorUser: supervisor, clinicianUser: clara, clinician: claraAgent } = await factories.supervisedPractice(t));
  omar = await t.user(practiceId, 'clinician');
  admin = await t.user(practiceId, 'admin');
  outsider = await t.user(await t.practice('Elsewhere'), 'clinician');
});
afterAll(() => t.close());

async function createClient(over: Record<string, unknown> = {}) {
  const res = await claraAgent.post('/api/clients').send(newClient(over));
  expect(res.status).toBe(201);
  return res.body;
}

describe('creating and reading a client', () => {
  it('creates a client with the caller as primary clinician and care team', async () => {
    const c = await createClient();
    expect(c).toMatchObject({
      ...newClient(),
      status: 'active',
      primaryClinicianId: clara.id,
      careTeam: [clara.id],
      dischargedOn: null,
      version: 1,
    });
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    const read = await claraAgent.get(`/api/clients/${c.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(c);
  });

  it('defaults the attachment style to unassessed and patterns to none', async () => {
    const res = await claraAgent.post('/api/clients').send(factories.newClient({ firstName: 'Ana', lastName: 'Silva' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ attachmentStyle: 'unassessed', presentingPatterns: [], preferredName: null, dateOfBirth: null });
  });

  it('writes create and read audit events in the practice', async () => {
    const c = await createClient();
    await claraAgent.get(`/api/clients/${c.id}`);
    const events = await t.db.query(`SELECT action, actor_id, practice_id, entity_type FROM audit_event WHERE client_id = $1 ORDER BY at`, [c.id]);
    expect(events).toEqual([
      { action: 'create', actor_id: clara.id, practice_id: practiceId, entity_type: 'client' },
      { action: 'read', actor_id: clara.id, practice_id: practiceId, entity_type: 'client' },
    ]);
  });
});

describe('listing', () => {
  it('lists newest first, pages with a cursor, filters by status and name', async () => {
    const agent = await t.signIn(await t.user(practiceId, 'clinician'));
    const made: string[] = [];
    for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']) {
      const res = await agent.post('/api/clients').send(newClient({ firstName: name, lastName: 'Test' }));
      made.push(res.body.id);
    }
    const first = await agent.get('/api/clients?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((c: { firstName: string }) => c.firstName)).toEqual(['Echo', 'Delta']);
    const second = await agent.get(`/api/clients?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((c: { firstName: string }) => c.firstName)).toEqual(['Charlie', 'Bravo']);
    const third = await agent.get(`/api/clients?limit=2&cursor=${second.body.nextCursor}`);
    expect(third.body.items.map((c: { firstName: string }) => c.firstName)).toEqual(['Alpha']);
    expect(third.body.nextCursor).toBeNull();

    expect((await agent.get('/api/clients?q=char')).body.items.map((c: { id: string }) => c.id)).toEqual([made[2]]);
    expect((await agent.get('/api/clients?q=%25')).body.items).toEqual([]);

    await agent.post(`/api/clients/${made[0]}/discharge`).send({ dischargedOn: '2026-06-01', reason: 'Planned ending' });
    expect((await agent.get('/api/clients')).body.items).toHaveLength(4);
    expect((await agent.get('/api/clients?status=discharged')).body.items.map((c: { id: string }) => c.id)).toEqual([made[0]]);
    expect((await agent.get('/api/clients?status=all')).body.items).toHaveLength(5);
  });

  it('rejects a bad query with 400 naming the parameter', async () => {
    const res = await claraAgent.get('/api/clients?limit=500&status=gone&cursor=zzz');
    expect(res.status).toBe(400);
    const fields = res.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['limit', 'status']));
    expect((await claraAgent.get('/api/clients?cursor=not-a-cursor')).body.details).toEqual([
      { field: 'cursor', problem: 'is not a cursor from this API' },
    ]);
  });
});

describe('updating with a version', () => {
  it('updates, bumps the version, and answers a stale version with 409 changing nothing', async () => {
    const c = await createClient();
    const ok = await claraAgent.patch(`/api/clients/${c.id}`).send({ preferredName: 'Maya L.', attachmentStyle: 'secure', version: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ preferredName: 'Maya L.', attachmentStyle: 'secure', version: 2 });

    const stale = await claraAgent.patch(`/api/clients/${c.id}`).send({ preferredName: 'Someone else', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ statusCode: 409, currentVersion: 2 });
    expect((await claraAgent.get(`/api/clients/${c.id}`)).body.preferredName).toBe('Maya L.');
  });

  it('lets two concurrent saves of the same version produce exactly one winner', async () => {
    const c = await createClient();
    const [a, b] = await Promise.all([
      claraAgent.patch(`/api/clients/${c.id}`).send({ pronouns: 'they/them', version: 1 }),
      claraAgent.patch(`/api/clients/${c.id}`).send({ pronouns: 'she/they', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('clears an optional field sent as null, and refuses to clear a required one', async () => {
    const c = await createClient();
    const cleared = await claraAgent.patch(`/api/clients/${c.id}`).send({ preferredName: null, version: 1 });
    expect(cleared.body.preferredName).toBeNull();
    const refused = await claraAgent.patch(`/api/clients/${c.id}`).send({ firstName: null, version: 2 });
    expect(refused.status).toBe(400);
    expect(refused.body.details[0].field).toBe('firstName');
  });

  it('checks a changed date against the dates already saved', async () => {
    // Only the intake date is sent; the saved date of birth (1993-04-18) still decides.
    const c = await createClient();
    const res = await claraAgent.patch(`/api/clients/${c.id}`).send({ intakeDate: '1990-01-01', version: 1 });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'intakeDate', problem: 'must not be before the date of birth' }]);
  });

  it('requires the version', async () => {
    const c = await createClient();
    const res = await claraAgent.patch(`/api/clients/${c.id}`).send({ pronouns: 'he/him' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'version', problem: 'must be a whole number' }]);
  });
});

describe('email for scheduled questionnaires', () => {
  const today = () => t.clock.now().toISOString().slice(0, 10);

  it('is off and without an address by default', async () => {
    const c = await createClient();
    expect(c).toMatchObject({ email: null, contactByEmail: false, contactConsentOn: null, emailStoppedAt: null });
  });

  it('records the day of consent when turned on, and forgets it when turned off', async () => {
    const c = await createClient({ email: 'Maya@Client.Example', contactByEmail: true });
    expect(c).toMatchObject({ email: 'maya@client.example', contactByEmail: true, contactConsentOn: today() });
    const off = await claraAgent.patch(`/api/clients/${c.id}`).send({ contactByEmail: false, version: 1 });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ email: 'maya@client.example', contactByEmail: false, contactConsentOn: null, version: 2 });
    const newAddress = await claraAgent.patch(`/api/clients/${c.id}`).send({ email: 'maya@elsewhere.example', version: 2 });
    expect(newAddress.body).toMatchObject({ email: 'maya@elsewhere.example', contactByEmail: false, contactConsentOn: null });
  });

  it('turning email on again overrides an earlier "stop these emails"', async () => {
    const c = await createClient({ email: 'sam@client.example', contactByEmail: true });
    await t.db.query(`UPDATE client SET contact_by_email = false, email_stopped_at = now() WHERE id = $1`, [c.id]);
    const stopped = (await claraAgent.get(`/api/clients/${c.id}`)).body;
    expect(stopped.contactByEmail).toBe(false);
    expect(typeof stopped.emailStoppedAt).toBe('string');
    const on = await claraAgent.patch(`/api/clients/${c.id}`).send({ contactByEmail: true, version: stopped.version });
    expect(on.body).toMatchObject({ contactByEmail: true, contactConsentOn: today(), emailStoppedAt: null });
  });

  it('refuses email without an address, or a bad address, naming the field and changing nothing', async () => {
    const before = await tableCounts(t.db);
    const noAddress = await claraAgent.post('/api/clients').send(newClient({ contactByEmail: true }));
    expect(noAddress.status).toBe(400);
    expect(noAddress.body.details).toEqual([{ field: 'contactByEmail', problem: 'needs an email address: the client agrees to be emailed at one' }]);
    const bad = await claraAgent.post('/api/clients').send(newClient({ email: 'not an address' }));
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([{ field: 'email', problem: 'must be an email address' }]);
    expect(await tableCounts(t.db)).toEqual(before);

    const c = await createClient({ email: 'noor@client.example', contactByEmail: true });
    const cleared = await claraAgent.patch(`/api/clients/${c.id}`).send({ email: null, version: 1 });
    expect(cleared.status).toBe(400);
    expect(cleared.body.details[0].field).toBe('contactByEmail');
    expect((await claraAgent.get(`/api/clients/${c.id}`)).body).toMatchObject({ email: 'noor@client.example', version: 1 });
  });
});

describe('discharge and care team', () => {
  it('discharges a client, keeping the record, and refuses a second discharge', async () => {
    const c = await createClient();
    const res = await claraAgent.post(`/api/clients/${c.id}/discharge`).send({ dischargedOn: '2026-09-30', reason: 'Goals met' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'discharged', dischargedOn: '2026-09-30', version: 2 });
    expect((await claraAgent.post(`/api/clients/${c.id}/discharge`).send({ dischargedOn: '2026-10-01', reason: 'x' })).status).toBe(409);
    expect((await claraAgent.get(`/api/clients/${c.id}`)).status).toBe(200);
  });

  it('refuses a discharge before intake', async () => {
    const c = await createClient();
    const res = await claraAgent.post(`/api/clients/${c.id}/discharge`).send({ dischargedOn: '2026-01-01', reason: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('dischargedOn');
  });

  it('adds a clinician of the same practice, who can then see the client; not one from elsewhere', async () => {
    const c = await createClient();
    const omarAgent = await t.signIn(omar);
    expect((await omarAgent.get(`/api/clients/${c.id}`)).status).toBe(404);
    const added = await claraAgent.post(`/api/clients/${c.id}/care-team`).send({ userId: omar.id });
    expect(added.status).toBe(201);
    expect(added.body.careTeam).toEqual([clara.id, omar.id]);
    expect((await omarAgent.get(`/api/clients/${c.id}`)).status).toBe(200);
    const foreign = await claraAgent.post(`/api/clients/${c.id}/care-team`).send({ userId: outsider.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body.details[0].field).toBe('userId');
    const adminMember = await claraAgent.post(`/api/clients/${c.id}/care-team`).send({ userId: admin.id });
    expect(adminMember.status).toBe(400);
  });
});

describe('who may see what', () => {
  let clientId: string;
  let agents: Record<string, TestAgent>;
  beforeAll(async () => {
    clientId = (await createClient()).id;
    agents = {
      other: await t.signIn(omar),
      supervisor: await t.signIn(supervisor),
      admin: await t.signIn(admin),
      outsider: await t.signIn(outsider),
    };
  });

  it('answers another clinician and another practice exactly as for a missing client', async () => {
    const missing = await claraAgent.get('/api/clients/00000000-0000-4000-8000-000000000000');
    for (const who of ['other', 'outsider']) {
      const res = await agents[who].get(`/api/clients/${clientId}`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual(missing.body);
      expect((await agents[who].patch(`/api/clients/${clientId}`).send({ pronouns: 'x', version: 1 })).status).toBe(404);
      expect((await agents[who].get('/api/clients?status=all')).body.items.map((c: { id: string }) => c.id)).not.toContain(clientId);
    }
  });

  it("lets the supervisor read a supervisee's client but not change it (403)", async () => {
    expect((await agents.supervisor.get(`/api/clients/${clientId}`)).status).toBe(200);
    expect((await agents.supervisor.get('/api/clients')).body.items.map((c: { id: string }) => c.id)).toContain(clientId);
    const before = await tableCounts(t.db);
    expect((await agents.supervisor.patch(`/api/clients/${clientId}`).send({ pronouns: 'x', version: 1 })).status).toBe(403);
    expect((await agents.supervisor.post(`/api/clients/${clientId}/discharge`).send({ dischargedOn: '2026-09-01', reason: 'x' })).status).toBe(403);
    expect((await agents.supervisor.post(`/api/clients/${clientId}/care-team`).send({ userId: supervisor.id })).status).toBe(403);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('gives admins 403 on every clinical route', async () => {
    expect((await agents.admin.get('/api/clients')).status).toBe(403);
    expect((await agents.admin.get(`/api/clients/${clientId}`)).status).toBe(403);
    expect((await agents.admin.post('/api/clients').send(newClient())).status).toBe(403);
  });

  it('answers a malformed id with 400 naming it', async () => {
    const res = await claraAgent.get('/api/clients/not-a-uuid');
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'id', problem: 'must be a UUID' }]);
  });
});

describe('bad input', () => {
  it.each([
    ['an empty first name', { firstName: '  ' }, 'firstName'],
    ['a number as last name', { lastName: 42 }, 'lastName'],
    ['an impossible date', { dateOfBirth: '2026-02-30' }, 'dateOfBirth'],
    ['a birth date in the future', { dateOfBirth: '2999-01-01' }, 'dateOfBirth'],
    ['an intake far in the future', { intakeDate: '2999-01-01' }, 'intakeDate'],
    ['an unknown attachment style', { attachmentStyle: 'clingy' }, 'attachmentStyle'],
    ['an unknown pattern', { presentingPatterns: ['fear_of_abandonment', 'nope'] }, 'presentingPatterns'],
    ['patterns as text', { presentingPatterns: 'fear_of_abandonment' }, 'presentingPatterns'],
    ['an unknown field', { diagnosis: 'F41.1' }, 'diagnosis'],
    ['a very long name', { firstName: 'x'.repeat(101) }, 'firstName'],
  ])('rejects %s with 400 naming the field, writing nothing', async (_what, over, field) => {
    const before = await tableCounts(t.db);
    const res = await claraAgent.post('/api/clients').send(newClient(over));
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('answers malformed JSON, a JSON array and an oversized body with 4xx, never 500', async () => {
    const bad = await claraAgent.post('/api/clients').set('Content-Type', 'application/json').send('{"firstName": ');
    expect(bad.status).toBe(400);
    expect(bad.body.statusCode).toBe(400);
    const array = await claraAgent.post('/api/clients').send([newClient()]);
    expect(array.status).toBe(400);
    const huge = await claraAgent.post('/api/clients').send(newClient({ firstName: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
  });
});
