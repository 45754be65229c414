import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@securebase/shared';
import { DataSource } from 'typeorm';
import { AccessActor, visibleClient } from '../access/access.repository';
import type { Cursor } from '../common/pagination';
import { Db, execute, join, query, sql, Sql } from '../database/sql';
import type { AuditEventDto } from './dto/audit.dto';

/** An event as `pg` returns it: an AuditEventDto (`at` an ISO instant). */
export type AuditEventRow = AuditEventDto;

/** One event, complete: who, when, what and from where. */
export interface NewAuditEvent {
  practiceId: string | null;
  at: Date;
  actorId: string | null;
  action: AuditAction;
  entityType: string | null;
  entityId: string | null;
  clientId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip: string | null;
  requestId: string;
  detail: Record<string, unknown> | null;
}

export interface AuditFilter {
  /** Set for a supervisor: only events about clients they may see. */
  visibleTo: AccessActor | null;
  clientId: string | null;
  actorId: string | null;
  action: AuditAction | null;
  /** UTC days, both ends included. */
  from: string | null;
  to: string | null;
  cursor: Cursor | null;
  limit: number;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly db: DataSource) {}

  /** Appends an event; in `db`, a change's transaction, it commits with the change. */
  async insert(db: Db, e: NewAuditEvent): Promise<void> {
    await execute(
      db,
      sql`INSERT INTO audit_event (practice_id, at, actor_id, action, entity_type, entity_id, client_id, outcome, ip, request_id, detail)
       VALUES (${e.practiceId}, ${e.at}, ${e.actorId}, ${e.action}, ${e.entityType}, ${e.entityId}, ${e.clientId}, ${e.outcome}, ${e.ip}, ${e.requestId}, ${e.detail})`,
    );
  }

  /**
   * The event once per client id that `clients` yields (a query with an `id` column), as a statement
   * to run inside another one's WITH: a read that checks access in its own statement writes its event
   * there, and nothing when the client is out of scope.
   */
  insertFor(clients: Sql, e: Omit<NewAuditEvent, 'clientId'>): Sql {
    return sql`INSERT INTO audit_event (practice_id, at, actor_id, action, entity_type, entity_id, client_id, outcome, ip, request_id, detail)
       SELECT ${e.practiceId}, ${e.at}, ${e.actorId}, ${e.action}, ${e.entityType}, ${e.entityId}, x.id, ${e.outcome}, ${e.ip}, ${e.requestId}, ${e.detail}
         FROM (${clients}) x`;
  }

  /** A practice's trail, newest first, one keyset page (limit rows). */
  list(practiceId: string, f: AuditFilter): Promise<AuditEventRow[]> {
    const where: Sql[] = [sql`e.practice_id = ${practiceId}`];
    if (f.visibleTo) where.push(sql`EXISTS (SELECT 1 FROM client c WHERE c.id = e.client_id AND ${visibleClient(f.visibleTo)})`);
    if (f.clientId) where.push(sql`e.client_id = ${f.clientId}`);
    if (f.actorId) where.push(sql`e.actor_id = ${f.actorId}`);
    if (f.action) where.push(sql`e.action = ${f.action}`);
    if (f.from) where.push(sql`e.at >= ${f.from}::date`);
    if (f.to) where.push(sql`e.at < ${f.to}::date + 1`);
    if (f.cursor) where.push(sql`(e.at, e.id) < (${f.cursor.at}, ${f.cursor.id})`);
    return query(
      this.db,
      sql`SELECT e.id, e.at, e.actor_id AS "actorId", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
              e.client_id AS "clientId", e.outcome, e.ip, e.request_id AS "requestId"
         FROM audit_event e WHERE ${join(where, ' AND ')} ORDER BY e.at DESC, e.id DESC LIMIT ${f.limit}`,
    );
  }
}
