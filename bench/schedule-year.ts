// What the schedules cost the database in one clinician-year (docs/scaling.md, "The job queue").
//
//   SWC_NODE_PROJECT=server/tsconfig.json node -r @swc-node/register bench/schedule-year.ts [--weeks 52] [--clients 25]
//
// One clinician with 25 clients, each on a weekly plan of two questionnaires, every client emailed
// through a real SMTP server in this process. The app's clock moves one day at a time for a year;
// each day the plan scan runs and every email job it queued is let finish through pg-boss, as in
// production. Half the clients answer each link (marked completed in SQL once its email went: the
// answers are the clinical record, not the queue), so the other half get their one reminder. At the
// end: rows and bytes of every table the schedules write. pg-boss keeps time by PostgreSQL's own
// clock, not the app's, so the year's jobs are all still in its job table when the run ends; what it
// keeps in steady state follows from its retention (completed jobs archived after 12 hours, the
// archive emptied after 7 days) and is worked out, not measured.
import { SMTPServer } from 'smtp-server';
import { createDataSource } from '../server/src/database/data-source';
import { JobRunner } from '../server/src/jobs/job-runner';
import { PlanScan } from '../server/src/jobs/plan-scan';
import { adminQuery, startScratchServer } from '../server/scripts/scratch-database';
import { createClient } from '../server/test/factories';
import { startTestApp } from '../server/test/harness';

const DAY = 86_400_000;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const WEEKS = arg('weeks', 52);
const CLIENTS = arg('clients', 25);

async function mailbox() {
  const subjects: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 4096) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        subjects.push(/^Subject: (.*)$/m.exec(head)?.[1] ?? '');
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return { subjects, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function main() {
  const started = Date.now();
  // The harness's app on a migrated template, as the integration tests get it (global-setup.ts).
  const scratch = await startScratchServer({ settings: { fsync: 'off', synchronous_commit: 'off' } });
  const template = `sb_schedule_year_${process.pid}`;
  await adminQuery(scratch.adminUrl, `CREATE DATABASE ${template}`);
  const migrator = createDataSource(scratch.urlFor(template), 2);
  await migrator.initialize();
  await migrator.runMigrations();
  await migrator.destroy();
  process.env.SB_TEST_ADMIN_URL = scratch.adminUrl;
  process.env.SB_TEST_TEMPLATE = template;

  const box = await mailbox();
  const t = await startTestApp({
    mail: { smtpUrl: box.url, from: 'Bench Practice <care@bench.example>', retryLimit: 2, retryDelaySeconds: 1, timeoutSeconds: 10 },
  });
  const url = (t.db.options as { url: string }).url;
  const q = (text: string, params: unknown[] = []) => t.db.query(text, params) as Promise<Record<string, string>[]>;
  try {
    const agent = await t.signIn(await t.user(await t.practice('Bench Practice'), 'clinician'));
    await t.app.get(JobRunner).start(url, { pollingIntervalSeconds: 0.5 });
    const today = () => t.clock.now().toISOString().slice(0, 10);
    const answering: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const client = await createClient(agent, {
        firstName: `Client${i}`,
        dateOfBirth: '1990-04-12',
        email: `client${i}@bench.example`,
        contactByEmail: true,
      });
      if (i % 2 === 0) answering.push(client.id);
      const plan = await agent
        .post(`/api/clients/${client.id}/measure-plans`)
        .send({ instruments: ['phq9', 'gad7'], cadence: 'weekly', startsOn: today() });
      if (plan.status !== 201) throw new Error(`plan: ${plan.status} ${JSON.stringify(plan.body)}`);
    }
    const scan = t.app.get(PlanScan);
    const unfinished = async () =>
      Number((await q(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'questionnaire-email' AND state IN ('created', 'retry', 'active')`))[0].n);
    const drain = async () => {
      const deadline = Date.now() + 60_000;
      while ((await unfinished()) > 0) {
        if (Date.now() > deadline) throw new Error('email jobs did not finish within a minute');
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const answer = () =>
      q(`UPDATE invitation SET completed_at = $1 WHERE client_id = ANY($2) AND completed_at IS NULL AND emailed_at IS NOT NULL`, [
        t.clock.now(),
        answering,
      ]);

    // How fast a due day's emails go out: from the scan to the last one sent, on the days with a link per client.
    const burstRates: number[] = [];
    const oneDay = async () => {
      const before = box.subjects.length;
      const t0 = performance.now();
      await scan.run();
      await drain();
      const sent = box.subjects.length - before;
      if (sent >= CLIENTS) burstRates.push(sent / ((performance.now() - t0) / 1000));
      await answer();
    };
    await oneDay();
    for (let day = 1; day < WEEKS * 7; day++) {
      t.clock.advance(DAY);
      await oneDay();
    }

    const tables = await q(`
      SELECT n.nspname AS schema, c.relname AS table, c.reltuples::bigint AS estimate, pg_total_relation_size(c.oid) AS bytes
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind = 'r' AND ((n.nspname = 'public' AND c.relname IN ('invitation', 'email_stop_token', 'measure_plan', 'audit_event')) OR n.nspname = 'pgboss')
       ORDER BY n.nspname, c.relname`);
    const rows: Record<string, number> = {};
    for (const r of tables) rows[`${r.schema}.${r.table}`] = Number((await q(`SELECT count(*) AS n FROM "${r.schema}"."${r.table}"`))[0].n);
    const jobs = await q(`SELECT name, state, count(*) AS n FROM pgboss.job GROUP BY name, state ORDER BY name, state`);
    const reminders = box.subjects.filter((s) => s.startsWith('Reminder')).length;
    console.log(
      `schedule-year: ${CLIENTS} clients, weekly plans of 2 questionnaires, ${WEEKS} weeks, half answering; ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    console.log(`emails received: ${box.subjects.length} (${box.subjects.length - reminders} links, ${reminders} reminders)`);
    const sorted = [...burstRates].sort((a, b) => a - b);
    if (sorted.length) {
      console.log(
        `a due day's ${CLIENTS} links went out at ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} emails/s (median of ${sorted.length} days; ${sorted[0].toFixed(1)}–${sorted[sorted.length - 1].toFixed(1)})`,
      );
    }
    console.log('table\trows\tbytes\tbytes/row');
    for (const r of tables) {
      const name = `${r.schema}.${r.table}`;
      const n = rows[name];
      console.log(`${name}\t${n}\t${r.bytes}\t${n ? Math.round(Number(r.bytes) / n) : '-'}`);
    }
    console.log('pg-boss jobs by queue and state:', JSON.stringify(jobs));
  } finally {
    await t.close();
    await box.close();
    await adminQuery(scratch.adminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await scratch.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
