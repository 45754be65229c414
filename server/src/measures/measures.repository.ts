import { Injectable } from '@nestjs/common';
import type { InstrumentCode } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Cursor } from '../common/pagination';
import { join, one, query, sql, Sql } from '../database/sql';
import type { MeasureDto } from './dto/measure.dto';

/** An administration as `pg` returns MEASURE_COLUMNS: a MeasureDto (smallint[] → number[], jsonb → object). */
export type MeasureRow = MeasureDto;

/** The columns of a MeasureDto, from `measure m`; the export reads the same. */
export const MEASURE_COLUMNS = sql`m.id, m.client_id AS "clientId", m.instrument, m.administered_on AS "administeredOn", m.responses,
  m.scores, m.band, m.flags, m.session_id AS "sessionId", m.created_at AS "createdAt"`;

export interface NewMeasure {
  practiceId: string;
  clientId: string;
  sessionId: string | null;
  instrument: InstrumentCode;
  administeredOn: string;
  responses: number[];
  scores: Record<string, number>;
  band: string | null;
  flags: string[];
  createdBy: string;
}

@Injectable()
export class MeasuresRepository {
  constructor(private readonly db: DataSource) {}

  /** True when the session exists and is this client's. */
  async isSessionOf(sessionId: string, clientId: string): Promise<boolean> {
    return (await one(this.db, sql`SELECT 1 FROM therapy_session WHERE id = ${sessionId} AND client_id = ${clientId}`)) !== undefined;
  }

  /** Stores a scored administration and reads it back as the API returns it. */
  async insert(tx: EntityManager, m: NewMeasure): Promise<MeasureRow> {
    const [{ id }] = await query<{ id: string }>(
      tx,
      sql`INSERT INTO measure (practice_id, client_id, session_id, instrument, administered_on, responses, scores, band, flags, created_by)
         VALUES (${m.practiceId}, ${m.clientId}, ${m.sessionId}, ${m.instrument}, ${m.administeredOn}, ${m.responses}, ${m.scores}, ${m.band}, ${m.flags}, ${m.createdBy}) RETURNING id`,
    );
    const [row] = await query<MeasureRow>(tx, sql`SELECT ${MEASURE_COLUMNS} FROM measure m WHERE m.id = ${id}`);
    return row;
  }

  /** A client's administrations, newest first, one keyset page (limit rows). */
  page(clientId: string, practiceId: string, instrument: InstrumentCode | null, cursor: Cursor | null, limit: number): Promise<MeasureRow[]> {
    const where: Sql[] = [sql`m.client_id = ${clientId}`, sql`m.practice_id = ${practiceId}`];
    if (instrument) where.push(sql`m.instrument = ${instrument}`);
    if (cursor) where.push(sql`(m.created_at, m.id) < (${cursor.at}, ${cursor.id})`);
    return query(
      this.db,
      sql`SELECT ${MEASURE_COLUMNS} FROM measure m WHERE ${join(where, ' AND ')}
        ORDER BY m.created_at DESC, m.id DESC LIMIT ${limit}`,
    );
  }
}
