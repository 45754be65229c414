import { Injectable } from '@nestjs/common';
import type { InstrumentCode } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Db, execute, one, query, sql, Sql } from '../database/sql';
import type { InvitationDto } from './dto/invitation.dto';

export type InvitationRow = InvitationDto;

/**
 * The status, derived from the instants at `now` (the app Clock), so it can never disagree with
 * them: voided and completed are final, then a lock or the expiry, then the first verification.
 */
export function invitationStatus(now: Date): Sql {
  return sql`CASE WHEN i.voided_at IS NOT NULL THEN 'voided'
    WHEN i.completed_at IS NOT NULL THEN 'completed'
    WHEN i.locked_at IS NOT NULL OR i.expires_at <= ${now} THEN 'expired'
    WHEN i.opened_at IS NOT NULL THEN 'opened'
    ELSE 'pending' END`;
}

/** A link that still opens: not voided, completed, locked or expired at `now`. */
export function usableLink(now: Date): Sql {
  return sql`(i.voided_at IS NULL AND i.completed_at IS NULL AND i.locked_at IS NULL AND i.expires_at > ${now})`;
}

function invitationColumns(now: Date): Sql {
  return sql`i.id, i.client_id AS "clientId", i.instruments::text[] AS instruments, i.include_goals AS "includeGoals",
    ${invitationStatus(now)} AS status, i.source, i.created_at AS "createdAt", i.created_by AS "createdBy",
    i.expires_at AS "expiresAt", i.opened_at AS "openedAt", i.completed_at AS "completedAt", i.voided_at AS "voidedAt",
    i.locked_at AS "lockedAt", i.emailed_at AS "emailedAt", i.reminded_at AS "remindedAt", i.delivery_error AS "deliveryError",
    i.plan_id AS "planId", i.due_on AS "dueOn"`;
}

export interface NewInvitation {
  practiceId: string;
  clientId: string;
  instruments: InstrumentCode[];
  includeGoals: boolean;
  source: 'manual' | 'schedule';
  tokenHash: Buffer;
  expiresAt: Date;
  createdBy: string;
}

/** The client facts sending a link depends on. */
export interface LinkTargetRow {
  status: 'active' | 'discharged';
  hasDateOfBirth: boolean;
}

@Injectable()
export class InvitationsRepository {
  constructor(private readonly db: DataSource) {}

  linkTarget(tx: Db, clientId: string): Promise<LinkTargetRow | undefined> {
    return one(tx, sql`SELECT c.status, c.date_of_birth IS NOT NULL AS "hasDateOfBirth" FROM client c WHERE c.id = ${clientId} FOR SHARE`);
  }

  async insert(tx: EntityManager, n: NewInvitation, now: Date): Promise<InvitationRow> {
    const [{ id }] = await query<{ id: string }>(
      tx,
      sql`INSERT INTO invitation (practice_id, client_id, instruments, include_goals, source, token_hash, expires_at, created_by, created_at)
         VALUES (${n.practiceId}, ${n.clientId}, ${n.instruments}::instrument[], ${n.includeGoals}, ${n.source}, ${n.tokenHash}, ${n.expiresAt},
                 ${n.createdBy}, ${now}) RETURNING id`,
    );
    return (await this.find(tx, id, now))!;
  }

  /** A plan's link for one due date; undefined when that due date has its link already (another server made it). */
  insertScheduled(
    tx: EntityManager,
    n: NewInvitation,
    s: { planId: string; dueOn: string; tokenSealed: Buffer; deliveryError: string | null },
    now: Date,
  ): Promise<{ id: string } | undefined> {
    return one(
      tx,
      sql`INSERT INTO invitation (practice_id, client_id, instruments, include_goals, source, token_hash, expires_at, created_by, created_at,
                                 plan_id, due_on, token_sealed, delivery_error)
         VALUES (${n.practiceId}, ${n.clientId}, ${n.instruments}::instrument[], ${n.includeGoals}, ${n.source}, ${n.tokenHash}, ${n.expiresAt},
                 ${n.createdBy}, ${now}, ${s.planId}, ${s.dueOn}, ${s.tokenSealed}, ${s.deliveryError})
         ON CONFLICT (plan_id, due_on) DO NOTHING RETURNING id`,
    );
  }

  find(db: Db, id: string, now: Date): Promise<InvitationRow | undefined> {
    return one(db, sql`SELECT ${invitationColumns(now)} FROM invitation i WHERE i.id = ${id}`);
  }

  /** A client's links, newest first. */
  list(clientId: string, practiceId: string, now: Date): Promise<InvitationRow[]> {
    return query(
      this.db,
      sql`SELECT ${invitationColumns(now)} FROM invitation i WHERE i.client_id = ${clientId} AND i.practice_id = ${practiceId}
        ORDER BY i.created_at DESC, i.id DESC`,
    );
  }

  /** A scheduled link's sealed token while the link still opens; undefined for a link sent by hand (never stored) or one that no longer opens. */
  sealedTokenIfUsable(id: string, now: Date): Promise<{ tokenSealed: Buffer } | undefined> {
    return one(
      this.db,
      sql`SELECT i.token_sealed AS "tokenSealed" FROM invitation i WHERE i.id = ${id} AND i.token_sealed IS NOT NULL AND ${usableLink(now)}`,
    );
  }

  /** Voids a link that still opens; 0 rows when it no longer does (already used, voided, expired or locked). */
  voidIfUsable(tx: EntityManager, id: string, by: string, now: Date): Promise<number> {
    return execute(tx, sql`UPDATE invitation i SET voided_at = ${now}, voided_by = ${by} WHERE i.id = ${id} AND ${usableLink(now)}`);
  }
}
