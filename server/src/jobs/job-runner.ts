import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { PlanScanTrigger } from '../measure-plans/measure-plans.service';
import { DeliverySettings } from './delivery-settings';
import { EmailDelivery } from './email-delivery';
import { EmailQueue, PlanScan } from './plan-scan';
import { EMAIL_QUEUE, EmailJob, JOB_SCHEMA, SCAN_QUEUE } from './queue';

/**
 * pg-boss inside the server process, on the app's own database (schema `pgboss`): no other service to
 * run, and every replica shares the work. Started by main.ts after the server listens, stopped
 * gracefully on shutdown; never started by the test harness unless a test asks (jobs are off in tests).
 */
/** Email workers per server process (see start()). */
const EMAIL_WORKERS = 4;

@Injectable()
export class JobRunner implements PlanScanTrigger, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss | undefined;

  constructor(
    private readonly scan: PlanScan,
    private readonly delivery: EmailDelivery,
    private readonly settings: DeliverySettings,
    private readonly queue: EmailQueue,
  ) {}

  get running(): boolean {
    return this.boss !== undefined;
  }

  async start(databaseUrl: string, opts: { pollingIntervalSeconds?: number } = {}): Promise<void> {
    const boss = new PgBoss({
      connectionString: databaseUrl,
      schema: JOB_SCHEMA,
      application_name: 'securebase-jobs',
      max: 4,
      // Expired jobs (a killed server's) are found by maintenance: at least as often as a send may take.
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, this.settings.sendTimeoutSeconds)),
    });
    boss.on('error', (err) => this.logger.error(`job queue: ${err.message}`));
    await boss.start();
    await boss.createQueue(SCAN_QUEUE, { name: SCAN_QUEUE, policy: 'singleton', retryLimit: 0, expireInSeconds: 300 });
    await boss.createQueue(EMAIL_QUEUE, {
      name: EMAIL_QUEUE,
      policy: 'stately',
      retryLimit: this.settings.retryLimit,
      retryDelay: this.settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.settings.jobExpirySeconds,
    });
    // pg-boss's cron sends at most one job per minute whatever the number of replicas.
    await boss.schedule(SCAN_QUEUE, '* * * * *', {}, { singletonKey: 'scan' });
    const polling = { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 };
    await boss.work(SCAN_QUEUE, polling, async () => {
      await this.scan.run();
    });
    // A pg-boss worker takes one job per polling interval, so one worker would send one email every
    // two seconds per server. Several workers send side by side (each send is claimed, so two never
    // take the same email); docs/scaling.md has what that means for a practice's Monday morning.
    for (let i = 0; i < EMAIL_WORKERS; i++) {
      await boss.work<EmailJob>(EMAIL_QUEUE, { ...polling, includeMetadata: true }, async ([job]) => {
        await this.delivery.deliver(job.data, job.retryCount >= job.retryLimit);
      });
    }
    this.boss = boss;
    this.queue.boss = boss;
    // Catch-up: a plan due while every server was down is sent now (once: its latest missed date).
    await this.scan.run().catch((err: Error) => this.logger.error(`catch-up scan failed: ${err.message}`));
  }

  planChanged(): void {
    if (this.boss) void this.scan.run().catch((err: Error) => this.logger.error(`scan failed: ${err.message}`));
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    this.queue.boss = undefined;
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
