import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/request-context';
import { Db, one, raw, sql, Sql } from '../database/sql';

/** Whose records a rule is asked about: the actor's ids, as values, never as placeholder names. */
export type AccessActor = Pick<Actor, 'id' | 'practiceId'>;

/**
 * The read rule as a predicate over a `client` row aliased `c`: the client is in the actor's
 * practice and the actor is on its care team or supervises someone who is. Every statement that
 * lists or reads clients embeds it, so the rule is written once.
 */
export function visibleClient(actor: AccessActor): Sql {
  return sql`(c.practice_id = ${actor.practiceId} AND EXISTS (
      SELECT 1 FROM care_team_member ctm JOIN app_user ctu ON ctu.id = ctm.user_id
       WHERE ctm.client_id = c.id AND (ctm.user_id = ${actor.id} OR ctu.supervisor_id = ${actor.id})))`;
}

/** The write rule's half that reading lacks: the actor is on the care team of client `c` itself. */
export function onCareTeam(actor: AccessActor): Sql {
  return sql`EXISTS (SELECT 1 FROM care_team_member m WHERE m.client_id = c.id AND m.user_id = ${actor.id})`;
}

/** A record that hangs off a client, and the word a 404 uses for it. */
export type ChildTable = 'goal' | 'therapy_session' | 'measure' | 'invitation' | 'safety_alert' | 'measure_plan';

/** What a 404 calls each kind of record. */
export const CHILD_NAMES: Record<ChildTable, string> = {
  goal: 'Goal',
  therapy_session: 'Session',
  measure: 'Measure',
  invitation: 'Invitation',
  safety_alert: 'Alert',
  measure_plan: 'Measure plan',
};

export interface ChildAccessRow {
  clientId: string;
  visible: boolean;
  onCareTeam: boolean;
}

@Injectable()
export class AccessRepository {
  constructor(private readonly db: DataSource) {}

  /** The client if the actor may read it, with whether they may also write; undefined when out of scope. */
  clientAccess(actor: AccessActor, clientId: string, db: Db = this.db): Promise<{ onCareTeam: boolean } | undefined> {
    return one(
      db,
      sql`SELECT ${onCareTeam(actor)} AS "onCareTeam"
         FROM client c WHERE c.id = ${clientId} AND ${visibleClient(actor)}`,
    );
  }

  /**
   * A goal or session of the actor's practice with the caller's `columns` (over alias `t`), and in
   * the same statement whether its client is visible and the actor on its care team.
   */
  childAccess<Child>(actor: AccessActor, table: ChildTable, id: string, columns: Sql): Promise<(ChildAccessRow & Child) | undefined> {
    return one(
      this.db,
      sql`SELECT t.client_id AS "clientId", ${columns},
              ${visibleClient(actor)} AS "visible",
              ${onCareTeam(actor)} AS "onCareTeam"
         FROM ${raw(table)} t JOIN client c ON c.id = t.client_id
        WHERE t.id = ${id} AND t.practice_id = ${actor.practiceId}`,
    );
  }
}
