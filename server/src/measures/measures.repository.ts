import { Injectable } from '@nestjs/common';
import type { InstrumentCode, MeasureSource } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Cursor } from '../common/pagination';
import { execute, join, one, query, sql, Sql } from '../database/sql';
import type { MeasureDto } from './dto/measure.dto';

/** A measure as `pg` returns MEASURE_COLUMNS: a MeasureDto (smallint[] → number[], jsonb → object). */
export type MeasureRow = MeasureDto;

/** The columns of a MeasureDto, from `measure m`; the export reads the same. */
export const MEASURE_COLUMNS = sql`m.id, m.client_id AS "clientId", m.instrument, m.administered_on AS "administeredOn", m.responses,
  m.scores, m.band, m.flags, m.session_id AS "sessionId", m.created_at AS "createdAt", m.source, m.invitation_id AS "invitationId",
  m.reviewed_at AS "reviewedAt", m.reviewed_by AS "reviewedBy"`;

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
  /** Null when the client answered through a link. */
  createdBy: string | null;
  source: MeasureSource;
  invitationId: string | null;
  /** A clinician's own entry counts as reviewed by them when stored; a client's waits for review. */
  reviewedAt: Date | null;
  reviewedBy: string | null;
}

@Injectable()
export class MeasuresRepository {
  constructor(private readonly db: DataSource) {}

  /** True when the session exists and is this client's. */
  async isSessionOf(sessionId: string, clientId: string): Promise<boolean> {
    return (await one(this.db, sql`SELECT 1 FROM therapy_session WHERE id = ${sessionId} AND client_id = ${clientId}`)) !== undefined;
  }

  /**
   * Stores scored measures in one statement (a client's link may carry several) and reads them back as
   * the API returns them. PostgreSQL does not promise RETURNING's order, so callers match rows by content.
   */
  insert(tx: EntityManager, measures: NewMeasure[]): Promise<MeasureRow[]> {
    const rows = measures.map(
      (m) =>
        sql`(${m.practiceId}, ${m.clientId}, ${m.sessionId}, ${m.instrument}, ${m.administeredOn}, ${m.responses}, ${m.scores}, ${m.band},
             ${m.flags}, ${m.createdBy}, ${m.source}, ${m.invitationId}, ${m.reviewedAt}, ${m.reviewedBy})`,
    );
    // The alias lets RETURNING use MEASURE_COLUMNS; VALUES in an INSERT take the columns' types.
    return query<MeasureRow>(
      tx,
      sql`INSERT INTO measure AS m (practice_id, client_id, session_id, instrument, administered_on, responses, scores, band, flags, created_by,
                                    source, invitation_id, reviewed_at, reviewed_by)
          VALUES ${join(rows, ', ')} RETURNING ${MEASURE_COLUMNS}`,
    );
  }

  /** Marks a measure reviewed unless it already is (the first review stands); the measure as it is now. */
  async review(tx: EntityManager, id: string, by: string, now: Date): Promise<{ changed: boolean; row: MeasureRow }> {
    const changed =
      (await execute(tx, sql`UPDATE measure SET reviewed_at = ${now}, reviewed_by = ${by} WHERE id = ${id} AND reviewed_at IS NULL`)) > 0;
    const [row] = await query<MeasureRow>(tx, sql`SELECT ${MEASURE_COLUMNS} FROM measure m WHERE m.id = ${id}`);
    return { changed, row };
  }

  /** A client's measures, newest first, one keyset page (limit rows). */
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
