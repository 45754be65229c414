import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { join, one, query, sql, Sql } from '../database/sql';
import type { AlertDto } from './dto/alert.dto';

export type AlertRow = AlertDto;

const ALERT_COLUMNS = sql`a.id, a.client_id AS "clientId", a.kind, a.measure_id AS "measureId", a.raised_at AS "raisedAt", a.status,
  a.resolved_at AS "resolvedAt", a.resolved_by AS "resolvedBy", a.note`;

export interface NewAlert {
  practiceId: string;
  clientId: string;
  measureId: string;
  raisedAt: Date;
}

@Injectable()
export class AlertsRepository {
  constructor(private readonly db: DataSource) {}

  /** In the measure's own transaction, so a flagged score is never stored without its alert. */
  async open(tx: EntityManager, a: NewAlert): Promise<void> {
    await query(
      tx,
      sql`INSERT INTO safety_alert (practice_id, client_id, kind, measure_id, raised_at)
         VALUES (${a.practiceId}, ${a.clientId}, 'safety_item', ${a.measureId}, ${a.raisedAt})`,
    );
  }

  list(clientId: string, practiceId: string, status: 'open' | 'resolved' | 'all'): Promise<AlertRow[]> {
    const where: Sql[] = [sql`a.client_id = ${clientId}`, sql`a.practice_id = ${practiceId}`];
    if (status !== 'all') where.push(sql`a.status = ${status}`);
    return query(this.db, sql`SELECT ${ALERT_COLUMNS} FROM safety_alert a WHERE ${join(where, ' AND ')} ORDER BY a.raised_at DESC, a.id DESC`);
  }

  /** Resolves an open alert; undefined when it was already resolved (the row is then frozen by its trigger). */
  resolve(tx: EntityManager, id: string, by: string, note: string, now: Date): Promise<AlertRow | undefined> {
    return one(
      tx,
      sql`UPDATE safety_alert a SET status = 'resolved', resolved_at = ${now}, resolved_by = ${by}, note = ${note}
         WHERE a.id = ${id} AND a.status = 'open' RETURNING ${ALERT_COLUMNS}`,
    );
  }
}
