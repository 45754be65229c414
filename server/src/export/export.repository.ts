import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLIENT_COLUMNS, ClientRow } from '../clients/clients.repository';
import { execute, one, query, sql } from '../database/sql';
import { MEASURE_COLUMNS, MeasureRow } from '../measures/measures.repository';
import { progressStatement, ProgressRow } from '../progress/progress.repository';
import { SESSION_COLUMNS, SessionRow } from '../sessions/sessions.repository';
import type { SummaryPerson } from './case-summary';

/** The client as the summary's header needs it: its columns, the discharge reason, practice and clinician. */
export type SummaryClientRow = ClientRow & {
  dischargeReason: string | null;
  practice: { id: string; name: string };
  clinician: SummaryPerson;
};

/** What PROGRESS_SQL leaves out of a goal and a summary needs: when it was set and its description. */
export interface GoalDetailsRow {
  id: string;
  startedOn: string;
  description: string | null;
}

/**
 * The statements of the export: the whole case for a period (UTC days, both ends included; null is
 * open-ended), each run in the caller's read-only snapshot. Every one names the practice.
 */
@Injectable()
export class ExportRepository {
  /** Makes the caller's transaction read-only (it is already REPEATABLE READ). */
  async readOnly(tx: EntityManager): Promise<void> {
    await execute(tx, sql`SET TRANSACTION READ ONLY`);
  }

  client(tx: EntityManager, clientId: string, practiceId: string): Promise<SummaryClientRow | undefined> {
    return one(
      tx,
      sql`
SELECT ${CLIENT_COLUMNS}, c.discharge_reason AS "dischargeReason",
       json_build_object('id', p.id, 'name', p.name) AS practice,
       json_build_object('id', u.id, 'name', u.display_name) AS clinician
  FROM client c JOIN practice p ON p.id = c.practice_id JOIN app_user u ON u.id = c.primary_clinician_id
 WHERE c.id = ${clientId} AND c.practice_id = ${practiceId}`,
    );
  }

  /** Sessions in the period, oldest first; the same range rule as the progress endpoint. */
  sessions(tx: EntityManager, clientId: string, practiceId: string, from: string | null, to: string | null): Promise<SessionRow[]> {
    return query(
      tx,
      sql`
SELECT ${SESSION_COLUMNS} FROM therapy_session s
 WHERE s.client_id = ${clientId} AND s.practice_id = ${practiceId} AND (${from}::date IS NULL OR s.started_at >= ${from}::date) AND (${to}::date IS NULL OR s.started_at < ${to}::date + 1)
 ORDER BY s.started_at, s.id`,
    );
  }

  /** The progress charts of the period (the progress endpoint's own statement). */
  async progress(tx: EntityManager, clientId: string, practiceId: string, from: string | null, to: string | null): Promise<ProgressRow> {
    return (await one<ProgressRow>(tx, progressStatement(clientId, practiceId, from, to)))!;
  }

  measures(tx: EntityManager, clientId: string, practiceId: string, from: string | null, to: string | null): Promise<MeasureRow[]> {
    return query(
      tx,
      sql`
SELECT ${MEASURE_COLUMNS} FROM measure m
 WHERE m.client_id = ${clientId} AND m.practice_id = ${practiceId} AND (${from}::date IS NULL OR m.administered_on >= ${from}::date) AND (${to}::date IS NULL OR m.administered_on <= ${to}::date)
 ORDER BY m.administered_on, m.created_at`,
    );
  }

  goalDetails(tx: EntityManager, clientId: string, practiceId: string): Promise<GoalDetailsRow[]> {
    return query(
      tx,
      sql`SELECT g.id, g.started_on AS "startedOn", g.description FROM goal g WHERE g.client_id = ${clientId} AND g.practice_id = ${practiceId}`,
    );
  }

  /** Names of the other clinicians who wrote sessions in the period. */
  people(tx: EntityManager, ids: string[]): Promise<SummaryPerson[]> {
    return query(tx, sql`SELECT u.id, u.display_name AS name FROM app_user u WHERE u.id = ANY(${ids}::uuid[])`);
  }
}
