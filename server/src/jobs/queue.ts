import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { EmailKind } from './email-message';

/** The queues, in pg-boss's own schema (`pgboss`) of the app's database. */
export const SCAN_QUEUE = 'measure-plan-scan';
export const EMAIL_QUEUE = 'questionnaire-email';
export const JOB_SCHEMA = 'pgboss';

export interface EmailJob {
  invitationId: string;
  kind: EmailKind;
}

/** One job per email: the key a second enqueue of the same email would collide on (the queue is `stately`). */
export function emailJobKey(job: EmailJob): string {
  return `${job.kind}:${job.invitationId}`;
}

/** pg-boss's statements on a transaction of ours, so a job is queued exactly when the row that asks for it commits. */
export function inTransaction(tx: EntityManager): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const result = await tx.queryRunner!.query(text, values, true);
      return { rows: (result.records ?? []) as unknown[] };
    },
  } as PgBoss.Db;
}
