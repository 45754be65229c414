import { Injectable } from '@nestjs/common';
import type { GoalDomain, GoalStatus } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { updateVersioned } from '../common/versioned-update';
import { Db, one, query, sql, Sql } from '../database/sql';
import type { GoalDto } from './dto/goal.dto';

/** A goal as `pg` returns GOAL_COLUMNS: a GoalDto (smallints as numbers, instants as ISO strings). */
export type GoalRow = GoalDto;

const GOAL_COLUMNS = sql`g.id, g.client_id AS "clientId", g.domain, g.title, g.description, g.baseline, g.target, g.status,
  g.started_on AS "startedOn", g.achieved_on AS "achievedOn", g.version, g.created_at AS "createdAt", g.updated_at AS "updatedAt",
  (SELECT r.rating FROM goal_rating r JOIN therapy_session s ON s.id = r.session_id
    WHERE r.goal_id = g.id ORDER BY s.started_at DESC LIMIT 1) AS "latestRating"`;

/** What the access check reads with a goal (over alias `t`). */
export const GOAL_HEAD = sql`t.status`;
export interface GoalHead {
  clientId: string;
  status: GoalStatus;
}

export interface NewGoal {
  practiceId: string;
  clientId: string;
  domain: GoalDomain;
  title: string;
  description: string | null;
  baseline: number;
  target: number;
  startedOn: string;
}

/** The fields a PATCH changes; absent ones stay as they are. */
export interface GoalChanges {
  title?: string;
  description?: string | null;
  target?: number;
  status?: GoalStatus;
  achievedOn?: string | null;
}

@Injectable()
export class GoalsRepository {
  constructor(private readonly db: DataSource) {}

  /** All goals of a client, oldest first (the order they were set). */
  listForClient(clientId: string, practiceId: string): Promise<GoalRow[]> {
    return query(
      this.db,
      sql`SELECT ${GOAL_COLUMNS} FROM goal g WHERE g.client_id = ${clientId} AND g.practice_id = ${practiceId} ORDER BY g.created_at, g.id`,
    );
  }

  async insert(tx: EntityManager, g: NewGoal): Promise<string> {
    const [{ id }] = await query<{ id: string }>(
      tx,
      sql`INSERT INTO goal (practice_id, client_id, domain, title, description, baseline, target, started_on)
         VALUES (${g.practiceId}, ${g.clientId}, ${g.domain}, ${g.title}, ${g.description}, ${g.baseline}, ${g.target}, ${g.startedOn}) RETURNING id`,
    );
    return id;
  }

  /** The changed fields, under optimistic locking (409 on a stale version). */
  update(tx: EntityManager, id: string, version: number, c: GoalChanges): Promise<void> {
    const sets: Sql[] = [];
    if (c.title !== undefined) sets.push(sql`title = ${c.title}`);
    if (c.description !== undefined) sets.push(sql`description = ${c.description}`);
    if (c.target !== undefined) sets.push(sql`target = ${c.target}`);
    if (c.status !== undefined) sets.push(sql`status = ${c.status}`);
    if (c.achievedOn !== undefined) sets.push(sql`achieved_on = ${c.achievedOn}`);
    return updateVersioned(tx, 'goal', id, version, sets, 'This goal was changed by someone else');
  }

  load(db: Db, id: string): Promise<GoalRow | undefined> {
    return one(db, sql`SELECT ${GOAL_COLUMNS} FROM goal g WHERE g.id = ${id}`);
  }
}
