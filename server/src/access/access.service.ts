import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Forbidden, NotFound } from '../common/errors';
import type { Actor, RequestContext } from '../common/request-context';

export type AccessMode = 'read' | 'write';

const WRITE_REFUSED = 'Supervisors can read but not change their supervisees\u2019 records';

/**
 * The ONE place that decides who may see which client.
 *
 * A user may read a client when they are on its care team, or when they supervise someone who
 * is; they may write only as a member of the care team. Everything is within one practice.
 * Out of scope answers 404, exactly like a missing id; read-but-not-write answers 403.
 */
@Injectable()
export class AccessService {
  constructor(private readonly db: DataSource) {}

  /**
   * SQL predicate over a `client` row aliased `alias`: true when the actor may read it.
   * `actorParam` and `practiceParam` are the positional parameters holding the actor's ids.
   */
  static visibleClient(alias: string, actorParam: string, practiceParam: string): string {
    return `(${alias}.practice_id = ${practiceParam} AND EXISTS (
      SELECT 1 FROM care_team_member ctm JOIN app_user ctu ON ctu.id = ctm.user_id
       WHERE ctm.client_id = ${alias}.id AND (ctm.user_id = ${actorParam} OR ctu.supervisor_id = ${actorParam})))`;
  }

  /** Resolves a client the actor may `mode`, or throws 404 / 403. Locks nothing. */
  async requireClient(ctx: RequestContext | Actor, clientId: string, mode: AccessMode, manager?: EntityManager): Promise<void> {
    const actor = 'actor' in ctx ? ctx.actor : ctx;
    if (actor.role === 'admin') throw new Forbidden();
    const [row] = await (manager ?? this.db.manager).query(
      `SELECT EXISTS (SELECT 1 FROM care_team_member m WHERE m.client_id = c.id AND m.user_id = $2) AS "onCareTeam"
         FROM client c WHERE c.id = $1 AND ${AccessService.visibleClient('c', '$2', '$3')}`,
      [clientId, actor.id, actor.practiceId],
    );
    if (!row) throw new NotFound('Client');
    if (mode === 'write' && !row.onCareTeam) throw new Forbidden(WRITE_REFUSED);
  }

  /**
   * Resolves a record that hangs off a client (goal, session) and checks the client in the same statement
   * (the rules of requireClient): 404 if unseen, 403 for admins and for writes from off the care team.
   */
  async requireChild<T extends { clientId: string }>(
    ctx: RequestContext,
    table: 'goal' | 'therapy_session',
    id: string,
    mode: AccessMode,
    columns: string,
  ): Promise<T> {
    const [row] = await this.db.query(
      `SELECT t.client_id AS "clientId", ${columns},
              ${AccessService.visibleClient('c', '$3', '$2')} AS "visible",
              EXISTS (SELECT 1 FROM care_team_member m WHERE m.client_id = c.id AND m.user_id = $3) AS "onCareTeam"
         FROM ${table} t JOIN client c ON c.id = t.client_id
        WHERE t.id = $1 AND t.practice_id = $2`,
      [id, ctx.actor.practiceId, ctx.actor.id],
    );
    const what = table === 'goal' ? 'Goal' : 'Session';
    if (!row) throw new NotFound(what);
    if (ctx.actor.role === 'admin') throw new Forbidden();
    const { visible, onCareTeam, ...child } = row;
    if (!visible) throw new NotFound(what);
    if (mode === 'write' && !onCareTeam) throw new Forbidden(WRITE_REFUSED);
    return child as T;
  }
}
