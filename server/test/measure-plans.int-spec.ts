import type TestAgent from 'supertest/lib/agent';
import { PlanScan } from '../src/jobs/plan-scan';
import { JobRunner } from '../src/jobs/job-runner';
import { createClient } from './factories';
import { startTestApp, TestApp } from './harness';

let t: TestApp;
let clara: TestAgent;
const DAY = 86_400_000;
const today = () => t.clock.now().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  clara = await t.signIn(await t.user(await t.practice(), 'clinician'));
});
afterAll(() => t.close());

async function plan(over: Record<string, unknown> = {}) {
  const client = await createClient(clara, { dateOfBirth: '1990-04-12' });
  const res = await clara
    .post(`/api/clients/${client.id}/measure-plans`)
    .send({ instruments: ['phq9', 'gad7'], cadence: 'every_2_weeks', startsOn: today(), ...over });
  return { clientId: client.id, res };
}

describe('measure plans', () => {
  it('creates a plan whose first due date is its start, and lists it', async () => {
    const { clientId, res } = await plan({ includeGoals: true, expiresInDays: 5 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      clientId,
      instruments: ['phq9', 'gad7'],
      includeGoals: true,
      cadence: 'every_2_weeks',
      startsOn: today(),
      endsOn: null,
      expiresInDays: 5,
      reminderAfterDays: 2,
      status: 'active',
      nextDueOn: today(),
      version: 1,
    });
    const list = await clara.get(`/api/clients/${clientId}/measure-plans`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([res.body.id]);
  });

  it('names the field that is wrong', async () => {
    const past = new Date(t.clock.now().getTime() - 2 * DAY).toISOString().slice(0, 10);
    const r1 = (await plan({ startsOn: past })).res;
    expect(r1.status).toBe(400);
    expect(r1.body.details).toEqual([{ field: 'startsOn', problem: 'must not be in the past' }]);
    const r2 = (await plan({ endsOn: past })).res;
    expect(r2.status).toBe(400);
    expect(r2.body.details).toEqual([{ field: 'endsOn', problem: 'must not be before startsOn' }]);
    const r3 = (await plan({ cadence: 'fortnightly' })).res;
    expect(r3.status).toBe(400);
    expect(r3.body.details[0].field).toBe('cadence');
    const noBirth = await createClient(clara);
    const r4 = await clara.post(`/api/clients/${noBirth.id}/measure-plans`).send({ instruments: ['phq9'], cadence: 'weekly', startsOn: today() });
    expect(r4.status).toBe(400);
    expect(r4.body.details[0].field).toBe('dateOfBirth');
  });

  it('edits under version: a stale version is 409 and changes nothing', async () => {
    const { res } = await plan();
    const id = res.body.id;
    const edited = await clara.patch(`/api/measure-plans/${id}`).send({ cadence: 'weekly', version: 1 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ cadence: 'weekly', version: 2 });
    const stale = await clara.patch(`/api/measure-plans/${id}`).send({ cadence: 'every_8_weeks', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_version');
    const [row] = await t.db.query(`SELECT cadence, version FROM measure_plan WHERE id = $1`, [id]);
    expect(row).toEqual({ cadence: 'weekly', version: 2 });
  });

  it('stopping keeps the plan and its invitations; no further due date is made', async () => {
    await t.app.get(JobRunner).start((t.db.options as { url: string }).url, { pollingIntervalSeconds: 0.5 });
    try {
      const { clientId, res } = await plan({ cadence: 'weekly' });
      const id = res.body.id;
      await t.app.get(PlanScan).run();
      const stopped = await clara.patch(`/api/measure-plans/${id}`).send({ status: 'stopped', version: 1 });
      expect(stopped.status).toBe(200);
      expect(stopped.body).toMatchObject({ status: 'stopped', nextDueOn: null, version: 2 });
      expect(stopped.body.stoppedAt).not.toBeNull();
      t.clock.advance(8 * DAY);
      await t.app.get(PlanScan).run();
      clara = await t.signIn({ email: (await t.db.query(`SELECT email FROM app_user WHERE id = $1`, [res.body.createdBy]))[0].email });
      const invitations = await clara.get(`/api/clients/${clientId}/invitations`);
      expect(invitations.body.items).toHaveLength(1);
      expect(invitations.body.items[0]).toMatchObject({ source: 'schedule', deliveryError: 'client has not agreed to email' });
      const list = await clara.get(`/api/clients/${clientId}/measure-plans`);
      expect(list.body.items[0]).toMatchObject({ id, status: 'stopped' });
    } finally {
      await t.app.get(JobRunner).stop();
    }
  });

  it('flags measure_overdue on the caseload once the latest scheduled link expired unanswered', async () => {
    await t.app.get(JobRunner).start((t.db.options as { url: string }).url, { pollingIntervalSeconds: 0.5 });
    try {
      const me = await t.user(await t.practice(), 'clinician');
      clara = await t.signIn(me);
      const { clientId } = await plan({ cadence: 'once', expiresInDays: 1 });
      await t.app.get(PlanScan).run();
      const flagsOf = async () => {
        const res = await clara.get('/api/dashboard');
        return res.body.clients.find((c: { client: { id: string } }) => c.client.id === clientId).flags as string[];
      };
      expect(await flagsOf()).not.toContain('measure_overdue');
      t.clock.advance(DAY + 60_000);
      clara = await t.signIn(me);
      expect(await flagsOf()).toContain('measure_overdue');
    } finally {
      await t.app.get(JobRunner).stop();
    }
  });
});
