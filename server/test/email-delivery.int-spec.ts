import type { AddressInfo } from 'node:net';
import { INSTRUMENTS } from '@securebase/shared';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type TestAgent from 'supertest/lib/agent';
import { JobRunner } from '../src/jobs/job-runner';
import { PlanScan } from '../src/jobs/plan-scan';
import { createClient } from './factories';
import { startTestApp, TestApp } from './harness';

const DOB = '1990-04-12';
const DAY = 86_400_000;

interface Received {
  to: string;
  subject: string;
  text: string;
}

/**
 * A real SMTP server on a port the system picks; `refuse` answers every recipient with 550, `hang`
 * takes the message and never answers.
 */
async function mailbox(opts: { refuse?: boolean; hang?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(_address, _session, done) {
      if (opts.refuse) return done(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
      done();
    },
    onData(stream, _session, done) {
      if (opts.hang) return void stream.resume();
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: (mail.to as { text: string }).text, subject: mail.subject ?? '', text: mail.text ?? '' });
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every instrument's code and name: none may appear in any email. */
const FORBIDDEN = Object.entries(INSTRUMENTS).flatMap(([code, i]) => [code, i.name]);

function expectNoInstrument(mail: Received) {
  for (const word of FORBIDDEN) {
    expect(mail.subject.toLowerCase()).not.toContain(word.toLowerCase());
    expect(mail.text.toLowerCase()).not.toContain(word.toLowerCase());
  }
}

/**
 * `timeoutSeconds`: how long one SMTP conversation may take. The mail server runs in this process, so
 * on a busy machine a short limit can expire after it took the email: the send then counts as failed
 * and is retried (at least once, docs/decisions.md). Only the tests of failing servers want it short.
 */
async function setUp(smtpUrl: string, timeoutSeconds = 10) {
  const t = await startTestApp({
    mail: { smtpUrl, from: 'Test Practice <care@test.example>', retryLimit: 2, retryDelaySeconds: 1, timeoutSeconds },
  });
  const practice = await t.practice('Harbour Therapy');
  const user = await t.user(practice, 'clinician');
  const agent = await t.signIn(user);
  const url = (t.db.options as { url: string }).url;
  await t.app.get(JobRunner).start(url, { pollingIntervalSeconds: 0.5 });
  return { t, agent, user };
}

async function emailableClient(t: TestApp, agent: TestAgent, email = 'maya@client.example') {
  return createClient(agent, { dateOfBirth: DOB, email, contactByEmail: true });
}

const invitations = (t: TestApp, planId: string) =>
  t.db.query(`SELECT id, due_on::text, emailed_at, reminded_at, completed_at, delivery_error FROM invitation WHERE plan_id = $1 ORDER BY due_on`, [
    planId,
  ]);

describe('a weekly plan over three weeks, emailed through a real SMTP server', () => {
  let t: TestApp;
  let agent: TestAgent;
  let box: Awaited<ReturnType<typeof mailbox>>;
  let user: { email: string };
  // The clock moves weeks: a fresh sign-in for each test.
  beforeEach(async () => {
    if (user) agent = await t.signIn(user);
  });

  beforeAll(async () => {
    box = await mailbox();
    ({ t, agent, user } = await setUp(box.url));
  });
  afterAll(async () => {
    await t.close();
    await box.close();
  });

  it('makes three invitations, three emails and one reminder for each unanswered one; the emailed link is completed', async () => {
    const client = await emailableClient(t, agent);
    const today = t.clock.now().toISOString().slice(0, 10);
    const created = await agent.post(`/api/clients/${client.id}/measure-plans`).send({ instruments: ['phq9'], cadence: 'weekly', startsOn: today });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'active', nextDueOn: today, version: 1 });
    const planId = created.body.id as string;
    const scan = t.app.get(PlanScan);

    // Week 1: sent as soon as the plan is made (no waiting for the minute's scan).
    await until('the first email', async () => box.received.length === 1);
    const first = box.received[0];
    expect(first.to).toBe('maya@client.example');
    expect(first.text).toContain('Harbour Therapy');
    const link = first.text.match(/http:\/\/localhost:3000\/q\/([A-Za-z0-9_-]{43})\s/)![1];
    expect(first.text).toMatch(/\/q\/[A-Za-z0-9_-]{43}\/stop-emails/);

    // The client follows the link and answers.
    expect((await t.http().get(`/api/q/${link}`)).status).toBe(200);
    const v = await t.http().post(`/api/q/${link}/verify`).send({ dateOfBirth: DOB });
    expect(v.status).toBe(200);
    const cookie = ([] as string[])
      .concat(v.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('sb.q='))!
      .split(';')[0];
    const submit = await t
      .http()
      .post(`/api/q/${link}/responses`)
      .set('Cookie', cookie)
      .send({ measures: [{ instrument: 'phq9', responses: [0, 0, 0, 0, 0, 0, 0, 0, 0] }] });
    expect(submit.status).toBe(201);

    // Two days on: the answered one gets no reminder.
    t.clock.advance(2 * DAY + 60_000);
    expect(await scan.run()).toEqual({ invitations: 0, reminders: 0 });

    // Weeks 2 and 3: one email each, then one reminder each, as they stay unanswered.
    for (const week of [2, 3]) {
      t.clock.advance(5 * DAY);
      expect((await scan.run()).invitations).toBe(1);
      expect(await scan.run()).toEqual({ invitations: 0, reminders: 0 });
      await until(`week ${week}'s email`, async () => box.received.length === 2 * week - 2);
      t.clock.advance(2 * DAY + 60_000);
      expect((await scan.run()).reminders).toBe(1);
      await until(`week ${week}'s reminder`, async () => box.received.length === 2 * week - 1);
    }

    const rows = await invitations(t, planId);
    expect(rows).toHaveLength(3);
    expect(rows.map((r: { emailed_at: unknown }) => r.emailed_at !== null)).toEqual([true, true, true]);
    expect(rows.map((r: { reminded_at: unknown }) => r.reminded_at !== null)).toEqual([false, true, true]);
    expect(rows.map((r: { delivery_error: unknown }) => r.delivery_error)).toEqual([null, null, null]);
    expect(box.received).toHaveLength(5);
    expect(box.received.filter((m) => m.subject.startsWith('Reminder'))).toHaveLength(2);
    box.received.forEach(expectNoInstrument);

    // Nothing more arrives: each email once.
    await new Promise((r) => setTimeout(r, 1500));
    expect(box.received).toHaveLength(5);
  });

  it('catches up a plan due while no server ran with its latest missed date only', async () => {
    const client = await emailableClient(t, agent, 'noor@client.example');
    const today = t.clock.now().toISOString().slice(0, 10);
    // Made with the queue running; then the clock jumps five weeks as if every server had been down.
    const plan = (await agent.post(`/api/clients/${client.id}/measure-plans`).send({ instruments: ['gad7'], cadence: 'weekly', startsOn: today }))
      .body;
    await until('the first invitation', async () => (await invitations(t, plan.id)).length === 1);
    t.clock.advance(35 * DAY);
    await t.app.get(PlanScan).run();
    const rows = await invitations(t, plan.id);
    expect(rows).toHaveLength(2);
    const last = rows[1].due_on;
    expect(last).toBe(new Date(Date.parse(`${today}T00:00:00Z`) + 35 * DAY).toISOString().slice(0, 10));
  });

  it('sends no reminder once the schedule is stopped', async () => {
    const client = await emailableClient(t, agent, 'ari@client.example');
    const today = t.clock.now().toISOString().slice(0, 10);
    const plan = (await agent.post(`/api/clients/${client.id}/measure-plans`).send({ instruments: ['phq9'], cadence: 'weekly', startsOn: today }))
      .body;
    await until('the email', async () => box.received.find((m) => m.to === 'ari@client.example'));
    const stopped = await agent.patch(`/api/measure-plans/${plan.id}`).send({ status: 'stopped', version: plan.version });
    expect(stopped.status).toBe(200);
    t.clock.advance(2 * DAY + 60_000);
    await t.app.get(PlanScan).run();
    const [row] = await invitations(t, plan.id);
    expect(row.reminded_at).toBeNull();
    await new Promise((r) => setTimeout(r, 1500));
    expect(box.received.filter((m) => m.to === 'ari@client.example').map((m) => m.subject.startsWith('Reminder'))).toEqual([false]);
  });

  it('the stop link turns email off; the next due date is made but not emailed, and says why', async () => {
    const client = await emailableClient(t, agent, 'sam@client.example');
    const today = t.clock.now().toISOString().slice(0, 10);
    const plan = (await agent.post(`/api/clients/${client.id}/measure-plans`).send({ instruments: ['phq9'], cadence: 'weekly', startsOn: today }))
      .body;
    const mail = await until('the email', async () => box.received.find((m) => m.to === 'sam@client.example'));
    const stop = mail.text.match(/\/q\/([A-Za-z0-9_-]{43})\/stop-emails/)![1];
    const res = await t.http().post(`/api/q/${stop}/stop-emails`).send({});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ practiceName: 'Harbour Therapy' });
    t.clock.advance(7 * DAY);
    await t.app.get(PlanScan).run();
    const rows = await invitations(t, plan.id);
    expect(rows).toHaveLength(2);
    expect(rows[1].delivery_error).toBe('client turned off email');
    agent = await t.signIn(user); // the week ended the sign-in
    const seen = (await agent.get(`/api/clients/${client.id}`)).body;
    expect(seen).toMatchObject({ contactByEmail: false, contactConsentOn: null });
    expect(typeof seen.emailStoppedAt).toBe('string');
    expect(
      (
        await t
          .http()
          .post(`/api/q/${'x'.repeat(43)}/stop-emails`)
          .send({})
      ).status,
    ).toBe(404);
  });
});

describe('an SMTP server that refuses or hangs', () => {
  it.each([
    ['refuses', { refuse: true }, 'the mail server refused the email (550)'],
    ['hangs', { hang: true }, 'the mail server did not answer in time'],
  ])('%s: leaves deliveryError after the retries, and no route answers 5xx', async (_name, behaviour, expected) => {
    const box = await mailbox(behaviour);
    const { t, agent } = await setUp(box.url, 1);
    try {
      const client = await emailableClient(t, agent);
      const today = t.clock.now().toISOString().slice(0, 10);
      const plan = (await agent.post(`/api/clients/${client.id}/measure-plans`).send({ instruments: ['phq9'], cadence: 'once', startsOn: today }))
        .body;
      const row = await until(
        'the final delivery error',
        async () => {
          const [r] = await invitations(t, plan.id);
          return r?.delivery_error === expected && r;
        },
        30_000,
      );
      expect(row.emailed_at).toBeNull();
      const list = await agent.get(`/api/clients/${client.id}/invitations`);
      expect(list.status).toBe(200);
      expect(list.body.items[0]).toMatchObject({ source: 'schedule', emailedAt: null, deliveryError: expected });
      expect(box.received).toHaveLength(0);
    } finally {
      await t.close();
      await box.close();
    }
  });
});

describe('without SMTP_URL', () => {
  it('makes the invitation and says "email not configured"', async () => {
    const t = await startTestApp();
    try {
      const practice = await t.practice();
      const agent = await t.signIn(await t.user(practice, 'clinician'));
      await t.app.get(JobRunner).start((t.db.options as { url: string }).url, { pollingIntervalSeconds: 0.5 });
      const client = await emailableClient(t, agent);
      const today = t.clock.now().toISOString().slice(0, 10);
      const plan = (await agent.post(`/api/clients/${client.id}/measure-plans`).send({ instruments: ['phq9'], cadence: 'once', startsOn: today }))
        .body;
      const [row] = await until('the invitation', async () => {
        const rows = await invitations(t, plan.id);
        return rows.length === 1 && rows;
      });
      expect(row.delivery_error).toBe('email not configured');

      // The clinician copies the link instead; it opens. A link sent by hand is never shown again.
      const [listed] = (await agent.get(`/api/clients/${client.id}/invitations`)).body.items;
      expect(listed).toMatchObject({ id: row.id, source: 'schedule', planId: plan.id, dueOn: today, deliveryError: 'email not configured' });
      const shown = await agent.post(`/api/invitations/${row.id}/link`).send({});
      expect(shown.status).toBe(200);
      const token = new URL(shown.body.url).pathname.split('/').pop();
      expect((await t.http().get(`/api/q/${token}`)).status).toBe(200);
      const byHand = (await agent.post(`/api/clients/${client.id}/invitations`).send({ instruments: ['gad7'] })).body;
      expect(byHand).toMatchObject({ planId: null, dueOn: null });
      expect((await agent.post(`/api/invitations/${byHand.id}/link`).send({})).status).toBe(409);
      expect((await agent.post(`/api/invitations/${row.id}/void`).send({})).status).toBe(200);
      expect((await agent.post(`/api/invitations/${row.id}/link`).send({})).status).toBe(409);
    } finally {
      await t.close();
    }
  });
});
