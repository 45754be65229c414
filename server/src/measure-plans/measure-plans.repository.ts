import { Injectable } from '@nestjs/common';
import type { InstrumentCode } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { updateVersioned } from '../common/versioned-update';
import { Db, one, query, sql, Sql } from '../database/sql';
import type { MeasurePlanCadence } from './cadence';
import type { MeasurePlanDto } from './dto/measure-plan.dto';

export type MeasurePlanRow = MeasurePlanDto;

export const PLAN_COLUMNS = sql`p.id, p.client_id AS "clientId", p.instruments::text[] AS instruments, p.include_goals AS "includeGoals",
  p.cadence, p.starts_on AS "startsOn", p.ends_on AS "endsOn", p.expires_in_days AS "expiresInDays",
  p.reminder_after_days AS "reminderAfterDays", CASE WHEN p.stopped_at IS NULL THEN 'active' ELSE 'stopped' END AS status,
  p.next_due_on AS "nextDueOn", p.stopped_at AS "stoppedAt", p.created_by AS "createdBy", p.version,
  p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

export interface NewMeasurePlan {
  practiceId: string;
  clientId: string;
  instruments: InstrumentCode[];
  includeGoals: boolean;
  cadence: MeasurePlanCadence;
  startsOn: string;
  endsOn: string | null;
  expiresInDays: number;
  reminderAfterDays: number;
  nextDueOn: string | null;
  createdBy: string;
}

@Injectable()
export class MeasurePlansRepository {
  constructor(private readonly db: DataSource) {}

  async insert(tx: EntityManager, n: NewMeasurePlan): Promise<MeasurePlanRow> {
    const [{ id }] = await query<{ id: string }>(
      tx,
      sql`INSERT INTO measure_plan (practice_id, client_id, instruments, include_goals, cadence, starts_on, ends_on, expires_in_days,
                                   reminder_after_days, next_due_on, created_by)
         VALUES (${n.practiceId}, ${n.clientId}, ${n.instruments}::instrument[], ${n.includeGoals}, ${n.cadence}, ${n.startsOn}, ${n.endsOn},
                 ${n.expiresInDays}, ${n.reminderAfterDays}, ${n.nextDueOn}, ${n.createdBy}) RETURNING id`,
    );
    return (await this.find(tx, id))!;
  }

  find(db: Db, id: string): Promise<MeasurePlanRow | undefined> {
    return one(db, sql`SELECT ${PLAN_COLUMNS} FROM measure_plan p WHERE p.id = ${id}`);
  }

  /** A client's plans, newest first. */
  list(clientId: string, practiceId: string): Promise<MeasurePlanRow[]> {
    return query(
      this.db,
      sql`SELECT ${PLAN_COLUMNS} FROM measure_plan p WHERE p.client_id = ${clientId} AND p.practice_id = ${practiceId}
        ORDER BY p.created_at DESC, p.id DESC`,
    );
  }

  /** The latest due date already turned into an invitation, or null. */
  async lastDueOn(db: Db, planId: string): Promise<string | null> {
    const row = await one<{ last: string | null }>(db, sql`SELECT max(i.due_on) AS last FROM invitation i WHERE i.plan_id = ${planId}`);
    return row?.last ?? null;
  }

  update(tx: EntityManager, id: string, version: number, sets: Sql[]): Promise<void> {
    return updateVersioned(tx, 'measure_plan', id, version, sets);
  }
}
