import { Injectable, Logger } from '@nestjs/common';
import { toCalendarDate } from '@securebase/shared';
import type PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { InvitationsService } from '../invitations/invitations.service';
import { latestDueOnOrBefore, nextDueAfter } from '../measure-plans/cadence';
import { DeliverySettings } from './delivery-settings';
import { DuePlanRow, JobsRepository } from './jobs.repository';
import { EMAIL_QUEUE, EmailJob, emailJobKey, inTransaction } from './queue';

const BATCH = 200;

/** Where the scan puts email jobs: the pg-boss queue (set by JobRunner.start), inside the scan's own transaction. */
@Injectable()
export class EmailQueue {
  boss: PgBoss | undefined;

  async enqueue(tx: EntityManager, job: EmailJob): Promise<void> {
    // No running queue: refuse, so the invitation rolls back and a server with jobs makes it (with its email) later.
    if (!this.boss) throw new Error('the job queue is not running');
    await this.boss.send(EMAIL_QUEUE, job, { singletonKey: emailJobKey(job), db: inTransaction(tx) });
  }
}

/** Why a scheduled link will not be emailed, known when it is made. */
export function undeliverableReason(plan: Pick<DuePlanRow, 'contactByEmail' | 'hasEmail' | 'emailStopped'>, smtp: boolean): string | null {
  if (plan.emailStopped && !plan.contactByEmail) return 'client turned off email';
  if (!plan.contactByEmail || !plan.hasEmail) return 'client has not agreed to email';
  if (!smtp) return 'email not configured';
  return null;
}

/**
 * The per-minute scan (and the catch-up at start): each due plan becomes one invitation for its
 * latest due date and, when the client takes email, one queued email, all in one transaction per
 * plan. Several servers scanning at once skip the plans another holds (FOR UPDATE SKIP LOCKED), and
 * the UNIQUE (plan_id, due_on) makes a second invitation for one due date impossible anyway.
 */
@Injectable()
export class PlanScan {
  private readonly logger = new Logger('PlanScan');

  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsRepository,
    private readonly invitations: InvitationsService,
    private readonly clock: Clock,
    private readonly settings: DeliverySettings,
    private readonly queue: EmailQueue,
  ) {}

  /** One pass; the number of invitations made and reminders queued. */
  async run(): Promise<{ invitations: number; reminders: number }> {
    const now = this.clock.now();
    const today = toCalendarDate(now);
    let invitations = 0;
    for (const id of await this.jobs.duePlanIds(today, BATCH)) {
      if (await this.duePlan(id, today, now)) invitations++;
    }
    const reminders = await this.db.transaction(async (tx) => {
      const due = await this.jobs.queueDueReminders(tx, now, BATCH);
      for (const { id } of due) await this.queue.enqueue(tx, { invitationId: id, kind: 'reminder' });
      return due.length;
    });
    if (invitations || reminders) this.logger.log(`scheduled ${invitations} questionnaire link(s), queued ${reminders} reminder(s)`);
    return { invitations, reminders };
  }

  private duePlan(id: string, today: string, now: Date): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const plan = await this.jobs.lockDuePlan(tx, id, today);
      if (!plan) return false;
      // A plan due while every server was down: its latest missed date only, not one per missed interval.
      const dueOn = latestDueOnOrBefore(plan, today);
      if (dueOn === null) {
        await this.jobs.setNextDue(tx, plan.id, nextDueAfter(plan, plan.nextDueOn));
        return false;
      }
      const reason = undeliverableReason(plan, this.settings.smtpUrl !== undefined);
      const made = await this.invitations.createScheduled(
        tx,
        {
          practiceId: plan.practiceId,
          clientId: plan.clientId,
          planId: plan.id,
          dueOn,
          instruments: plan.instruments,
          includeGoals: plan.includeGoals,
          expiresInDays: plan.expiresInDays,
          createdBy: plan.createdBy,
          deliveryError: reason,
        },
        now,
      );
      if (made && reason === null) await this.queue.enqueue(tx, { invitationId: made.id, kind: 'invitation' });
      await this.jobs.setNextDue(tx, plan.id, nextDueAfter(plan, dueOn));
      return made !== undefined;
    });
  }
}
