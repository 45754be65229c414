import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { execute, one, query, sql } from '../database/sql';
import { usableLink } from '../invitations/invitations.repository';
import type { NewMeasurePlan } from '../measure-plans/measure-plans.repository';
import type { EmailKind } from './email-message';

/** A plan whose next due date has come, held FOR UPDATE by the scan that found it: the plan as stored, and how to reach the client. */
export interface DuePlanRow extends Omit<NewMeasurePlan, 'reminderAfterDays' | 'nextDueOn'> {
  id: string;
  nextDueOn: string;
  contactByEmail: boolean;
  hasEmail: boolean;
  emailStopped: boolean;
}

/** What one email needs once its send is claimed. */
export interface ClaimedEmailRow {
  id: string;
  practiceId: string;
  clientId: string;
  email: string;
  practiceName: string;
  tokenSealed: Buffer;
  expiresAt: string;
}

/** The columns each kind of email claims and marks. */
const COLUMNS: Record<EmailKind, { sent: ReturnType<typeof sql>; attempt: ReturnType<typeof sql> }> = {
  invitation: { sent: sql`emailed_at`, attempt: sql`email_attempt_at` },
  reminder: { sent: sql`reminded_at`, attempt: sql`reminder_attempt_at` },
};

/**
 * The job queue's statements. They start from a plan or an invitation id, never from a request; the
 * plan's practice travels with every row written.
 */
@Injectable()
export class JobsRepository {
  constructor(private readonly db: DataSource) {}

  /** Ids of active plans due on or before `today` whose client can be sent a link. */
  async duePlanIds(today: string, limit: number): Promise<string[]> {
    const rows = await query<{ id: string }>(
      this.db,
      sql`SELECT p.id FROM measure_plan p JOIN client c ON c.id = p.client_id
         WHERE p.stopped_at IS NULL AND p.next_due_on <= ${today} AND c.status = 'active' AND c.date_of_birth IS NOT NULL
         ORDER BY p.next_due_on, p.id LIMIT ${limit}`,
    );
    return rows.map((r) => r.id);
  }

  /** The plan if it is still due, locked for this transaction; skipped (undefined) while another server holds it. */
  lockDuePlan(tx: EntityManager, id: string, today: string): Promise<DuePlanRow | undefined> {
    return one(
      tx,
      sql`SELECT p.id, p.practice_id AS "practiceId", p.client_id AS "clientId", p.instruments::text[] AS instruments,
                 p.include_goals AS "includeGoals", p.cadence, p.starts_on AS "startsOn", p.ends_on AS "endsOn",
                 p.expires_in_days AS "expiresInDays", p.next_due_on AS "nextDueOn", p.created_by AS "createdBy",
                 c.contact_by_email AS "contactByEmail", c.email IS NOT NULL AS "hasEmail", c.email_stopped_at IS NOT NULL AS "emailStopped"
            FROM measure_plan p JOIN client c ON c.id = p.client_id
           WHERE p.id = ${id} AND p.stopped_at IS NULL AND p.next_due_on <= ${today}
             FOR UPDATE OF p SKIP LOCKED`,
    );
  }

  /** The scan moves the plan on; not a clinician's edit, so `version` stays. */
  async setNextDue(tx: EntityManager, id: string, nextDueOn: string | null): Promise<void> {
    await execute(tx, sql`UPDATE measure_plan SET next_due_on = ${nextDueOn} WHERE id = ${id}`);
  }

  /**
   * Marks every reminder that has come due as queued, in the transaction that queues their jobs. Two
   * servers running this at once: the second waits on the row locks, then finds them queued.
   */
  queueDueReminders(tx: EntityManager, now: Date, limit: number): Promise<{ id: string }[]> {
    return query(
      tx,
      sql`UPDATE invitation i SET reminder_queued_at = ${now}
           WHERE i.id IN (
             SELECT i.id FROM invitation i JOIN measure_plan p ON p.id = i.plan_id JOIN client c ON c.id = i.client_id
              WHERE i.emailed_at IS NOT NULL AND i.reminded_at IS NULL AND i.reminder_queued_at IS NULL
                AND i.emailed_at <= ${now}::timestamptz - p.reminder_after_days * interval '1 day'
                AND ${usableLink(now)} AND c.contact_by_email AND c.email IS NOT NULL
                AND p.stopped_at IS NULL -- a stopped schedule sends nothing more, reminders included
              ORDER BY i.emailed_at LIMIT ${limit})
             AND i.reminder_queued_at IS NULL
         RETURNING i.id`,
    );
  }

  /**
   * Claims one email for sending, committed before the SMTP conversation starts: only while it is not
   * sent, no live claim holds it (a claim older than the lease is a dead server's), the link still
   * opens and the client still takes email. Undefined: nothing to send now.
   */
  claim(kind: EmailKind, id: string, now: Date, leaseMs: number): Promise<ClaimedEmailRow | undefined> {
    const { sent, attempt } = COLUMNS[kind];
    return one(
      this.db,
      sql`UPDATE invitation i SET ${attempt} = ${now}
            FROM client c, practice pr
           WHERE i.id = ${id} AND c.id = i.client_id AND pr.id = i.practice_id
             AND i.${sent} IS NULL AND (i.${attempt} IS NULL OR i.${attempt} < ${new Date(now.getTime() - leaseMs)})
             AND ${usableLink(now)} AND c.contact_by_email AND c.email IS NOT NULL AND i.token_sealed IS NOT NULL
             ${kind === 'reminder' ? sql`AND i.emailed_at IS NOT NULL` : sql``}
         RETURNING i.id, i.practice_id AS "practiceId", i.client_id AS "clientId", c.email, pr.name AS "practiceName",
                   i.token_sealed AS "tokenSealed", i.expires_at AS "expiresAt"`,
    );
  }

  /** Why an unclaimable email is not going out, for `deliveryError`: null when it was sent or another send holds it. */
  async whyNotSendable(kind: EmailKind, id: string): Promise<{ sent: boolean; stopped: boolean; noConsent: boolean } | undefined> {
    const { sent } = COLUMNS[kind];
    return one(
      this.db,
      sql`SELECT i.${sent} IS NOT NULL AS sent, c.email_stopped_at IS NOT NULL AND NOT c.contact_by_email AS stopped,
                 NOT c.contact_by_email OR c.email IS NULL AS "noConsent"
            FROM invitation i JOIN client c ON c.id = i.client_id WHERE i.id = ${id}`,
    );
  }

  async markSent(kind: EmailKind, id: string, now: Date): Promise<void> {
    const { sent, attempt } = COLUMNS[kind];
    await execute(this.db, sql`UPDATE invitation SET ${sent} = ${now}, ${attempt} = NULL, delivery_error = NULL WHERE id = ${id}`);
  }

  /** A send that failed for sure: the claim is given back, so the retry can take it, and the reason kept. */
  async releaseFailed(kind: EmailKind, id: string, reason: string): Promise<void> {
    const { attempt } = COLUMNS[kind];
    await execute(this.db, sql`UPDATE invitation SET ${attempt} = NULL, delivery_error = ${reason} WHERE id = ${id}`);
  }

  async recordProblem(id: string, reason: string): Promise<void> {
    await execute(this.db, sql`UPDATE invitation SET delivery_error = ${reason} WHERE id = ${id}`);
  }

  async insertStopToken(practiceId: string, clientId: string, hash: Buffer): Promise<void> {
    await execute(this.db, sql`INSERT INTO email_stop_token (practice_id, client_id, token_hash) VALUES (${practiceId}, ${clientId}, ${hash})`);
  }

  /** Turns email off for the client whose stop link this is, withdrawing their consent; the client, or undefined for an unknown token. */
  stopEmails(hash: Buffer, now: Date): Promise<{ clientId: string; practiceId: string } | undefined> {
    return one(
      this.db,
      sql`UPDATE client c SET contact_by_email = false, contact_consent_on = NULL, email_stopped_at = coalesce(c.email_stopped_at, ${now})
            FROM email_stop_token t WHERE t.token_hash = ${hash} AND c.id = t.client_id
         RETURNING c.id AS "clientId", c.practice_id AS "practiceId"`,
    );
  }

  practiceNameOfStopToken(hash: Buffer): Promise<{ practiceName: string } | undefined> {
    return one(
      this.db,
      sql`SELECT p.name AS "practiceName" FROM email_stop_token t JOIN practice p ON p.id = t.practice_id WHERE t.token_hash = ${hash}`,
    );
  }
}
