import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { adminQuery, withDatabase } from '../scripts/scratch-database';
import { ChildServer, seedClinicians, sleep } from './child-server';

/**
 * Several built servers on one database share the job queue (docs/scaling.md, "The job queue with N
 * replicas"): each due date yields one invitation and one email however many scan at once, and a server
 * killed with SIGKILL in the middle of an SMTP conversation loses no job and duplicates no email.
 */

interface Mailbox {
  /** Messages the server accepted (answered 250 to): what a recipient would get. */
  accepted: { to: string; messageId: string }[];
  /** Conversations held open without an answer (hang mode). */
  hung: number;
  url: string;
  hangNext: boolean;
  close: () => Promise<void>;
}

async function mailbox(): Promise<Mailbox> {
  const box: Mailbox = { accepted: [], hung: 0, url: '', hangNext: false, close: async () => undefined };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      if (box.hangNext) {
        // Read the message and never answer: the sender is killed while it waits for our 250.
        box.hangNext = false;
        box.hung++;
        stream.resume();
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          box.accepted.push({ to: (mail.to as { text: string }).text, messageId: mail.messageId ?? '' });
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  box.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  box.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return box;
}

let databaseUrl: string;
let drop: () => Promise<void>;
let box: Mailbox;
const secret = randomBytes(32).toString('hex');
const running: ChildServer[] = [];

async function sql(text: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return (await c.query(text, values)).rows;
  } finally {
    await c.end();
  }
}

function start(): Promise<ChildServer> {
  const env = { SMTP_URL: box.url, MAIL_RETRIES: '3', MAIL_RETRY_DELAY_SECONDS: '1', MAIL_TIMEOUT_SECONDS: '2', LOG_LEVEL: 'warn' };
  return ChildServer.start(databaseUrl, { secret, env, timeoutMs: 60_000 }).then((s) => {
    running.push(s);
    return s;
  });
}

/** `n` emailable clients, each with a weekly plan due today; the plan ids. */
async function duePlans(n: number): Promise<string[]> {
  const seeded = await seedClinicians(databaseUrl, n, { goals: 0, cheapHash: true });
  const today = new Date().toISOString().slice(0, 10);
  const ids: string[] = [];
  for (const [i, s] of seeded.entries()) {
    await sql(`UPDATE client SET date_of_birth = '1990-04-12', email = $2, contact_by_email = true, contact_consent_on = $3 WHERE id = $1`, [
      s.clientId,
      `client${i}.${s.clientId.slice(0, 8)}@client.example`,
      today,
    ]);
    const [{ id }] = await sql(
      `INSERT INTO measure_plan (practice_id, client_id, instruments, cadence, starts_on, next_due_on, created_by)
       VALUES ($1, $2, '{phq9}', 'weekly', $3, $3, $4) RETURNING id`,
      [s.practiceId, s.clientId, today, s.userId],
    );
    ids.push(id as string);
  }
  return ids;
}

async function until(what: string, probe: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const emailedCount = async (planIds: string[]) =>
  Number((await sql(`SELECT count(*) AS n FROM invitation WHERE plan_id = ANY($1) AND emailed_at IS NOT NULL`, [planIds]))[0].n);

beforeAll(async () => {
  const adminUrl = process.env.SB_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('Run through jest: the global setup provides the database server');
  const name = `sb_email_replicas_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  databaseUrl = withDatabase(adminUrl, name);
  drop = () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  box = await mailbox();
  // One server migrates the empty database, then stops: the plans below are due before any replica runs.
  const first = await start();
  await first.stop();
}, 90_000);

afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  await box?.close();
  await drop?.();
});

async function stopAll() {
  await Promise.all(running.splice(0).map((s) => s.stop()));
}

it.each([2, 3])(
  '%i servers starting together on one database send each due email exactly once',
  async (replicas) => {
    const before = box.accepted.length;
    const plans = await duePlans(8);
    // All of them catch up at start, at the same moment, on the same due plans.
    await Promise.all(Array.from({ length: replicas }, () => start()));
    await until('every email', async () => (await emailedCount(plans)) === plans.length);
    await sleep(3000); // room for a duplicate to show
    const invitations = await sql(`SELECT plan_id, count(*) AS n FROM invitation WHERE plan_id = ANY($1) GROUP BY plan_id`, [plans]);
    expect(invitations).toHaveLength(plans.length);
    expect(invitations.every((r) => Number(r.n) === 1)).toBe(true);
    const mine = box.accepted.slice(before);
    expect(mine).toHaveLength(plans.length);
    expect(new Set(mine.map((m) => m.to)).size).toBe(plans.length);
    await stopAll();
  },
  150_000,
);

it('a server killed with SIGKILL while its mail server has not answered loses no job and duplicates no email', async () => {
  const before = box.accepted.length;
  box.hangNext = true;
  const victim = await start();
  const [plan] = await duePlans(1);
  // Found by the per-minute scan; wait until the victim is inside the SMTP conversation.
  await until('the send to begin', async () => box.hung === 1, 90_000);
  victim.kill('SIGKILL');
  await victim.exited;
  running.splice(running.indexOf(victim), 1);
  const [claimed] = await sql(`SELECT emailed_at, email_attempt_at FROM invitation WHERE plan_id = $1`, [plan]);
  expect(claimed.emailed_at).toBeNull();
  expect(claimed.email_attempt_at).not.toBeNull();
  // Another replica takes the expired job over and sends it, once.
  await start();
  await until('the retried email', async () => (await emailedCount([plan])) === 1, 60_000);
  await sleep(3000);
  const mine = box.accepted.slice(before);
  expect(mine).toHaveLength(1);
  expect(Number((await sql(`SELECT count(*) AS n FROM invitation WHERE plan_id = $1`, [plan]))[0].n)).toBe(1);
}, 200_000);
