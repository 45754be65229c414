import { Injectable } from '@nestjs/common';
import type { InstrumentCode } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { execute, one, query, sql } from '../database/sql';
import { usableLink } from '../invitations/invitations.repository';

/** A link that still opens, with what its public routes need. */
export interface OpenLinkRow {
  id: string;
  practiceId: string;
  clientId: string;
  instruments: InstrumentCode[];
  includeGoals: boolean;
  expiresAt: string;
  practiceName: string;
  crisisResources: string | null;
}

const OPEN_LINK_COLUMNS = sql`i.id, i.practice_id AS "practiceId", i.client_id AS "clientId", i.instruments::text[] AS instruments,
  i.include_goals AS "includeGoals", i.expires_at AS "expiresAt", p.name AS "practiceName", p.crisis_resources AS "crisisResources"`;

export interface NewClientGoalRating {
  goalId: string;
  rating: number;
}

/** The public routes' statements: every one starts from a token hash or an invitation id, never from a client id the caller sent. */
@Injectable()
export class QuestionnaireLinkRepository {
  constructor(private readonly db: DataSource) {}

  /** The link with this token hash if it still opens at `now`; unknown, used, voided, locked and expired alike give undefined. */
  openLink(hash: Buffer, now: Date): Promise<OpenLinkRow | undefined> {
    return one(
      this.db,
      sql`SELECT ${OPEN_LINK_COLUMNS} FROM invitation i JOIN practice p ON p.id = i.practice_id WHERE i.token_hash = ${hash} AND ${usableLink(now)}`,
    );
  }

  async dateOfBirthMatches(clientId: string, dateOfBirth: string): Promise<boolean> {
    const row = await one<{ ok: boolean }>(this.db, sql`SELECT c.date_of_birth = ${dateOfBirth}::date AS ok FROM client c WHERE c.id = ${clientId}`);
    return row?.ok === true;
  }

  /**
   * Counts a wrong date of birth in one statement (two wrong tries at once both count) and locks the link at
   * `limit`; the count so far, or undefined when the link stopped opening meanwhile.
   */
  async recordWrongDate(id: string, now: Date, limit: number): Promise<number | undefined> {
    const row = await one<{ failedAttempts: number }>(
      this.db,
      sql`UPDATE invitation i SET failed_attempts = failed_attempts + 1,
              locked_at = CASE WHEN failed_attempts + 1 >= ${limit} THEN ${now}::timestamptz ELSE NULL END
         WHERE i.id = ${id} AND ${usableLink(now)} RETURNING failed_attempts AS "failedAttempts"`,
    );
    return row?.failedAttempts;
  }

  async markOpened(id: string, now: Date): Promise<void> {
    await execute(this.db, sql`UPDATE invitation SET opened_at = ${now} WHERE id = ${id} AND opened_at IS NULL`);
  }

  /** The goals a link shows: the client's active goals, in the order the clinician made them. */
  activeGoals(db: DataSource | EntityManager, clientId: string): Promise<{ id: string; title: string }[]> {
    return query(db, sql`SELECT g.id, g.title FROM goal g WHERE g.client_id = ${clientId} AND g.status = 'active' ORDER BY g.created_at, g.id`);
  }

  /**
   * Marks the link completed if it still opens: the first statement of the submission's transaction. The
   * UPDATE holds the row, so a second submission (another tab, a retry) waits here and then finds it
   * completed; if anything later in the transaction fails, the rollback reopens the link. Undefined when it
   * no longer opens. (One statement where a SELECT … FOR UPDATE and a later UPDATE took two round trips.)
   */
  claimForSubmission(tx: EntityManager, id: string, now: Date): Promise<{ id: string } | undefined> {
    return one(tx, sql`UPDATE invitation i SET completed_at = ${now} WHERE i.id = ${id} AND ${usableLink(now)} RETURNING i.id`);
  }

  /** The client's goal ratings in one statement, whatever their number. */
  async insertGoalRatings(tx: EntityManager, link: OpenLinkRow, ratings: NewClientGoalRating[], ratedOn: string): Promise<void> {
    if (ratings.length === 0) return;
    await execute(
      tx,
      sql`INSERT INTO client_goal_rating (practice_id, client_id, goal_id, invitation_id, rating, rated_on)
         SELECT ${link.practiceId}::uuid, ${link.clientId}::uuid, r.goal_id, ${link.id}::uuid, r.rating, ${ratedOn}::date
           FROM unnest(${ratings.map((r) => r.goalId)}::uuid[], ${ratings.map((r) => r.rating)}::int[]) AS r(goal_id, rating)`,
    );
  }
}
