import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Forbidden, NotFound } from '../common/errors';
import { noteCheckedClient, type Actor, type RequestContext } from '../common/request-context';
import type { Sql } from '../database/sql';
import { AccessRepository, CHILD_NAMES, ChildTable, visibleClient } from './access.repository';

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
  // The rules as SQL fragments (visibleClient, onCareTeam) live in access.repository.ts.
  constructor(private readonly repository: AccessRepository) {}

  /** Resolves a client the actor may `mode`, or throws 404 / 403; the request's audit event names it. Locks nothing. */
  async requireClient(ctx: RequestContext | Actor, clientId: string, mode: AccessMode, manager?: EntityManager): Promise<void> {
    const actor = 'actor' in ctx ? ctx.actor : ctx;
    if (actor.role === 'admin') throw new Forbidden();
    const row = await this.repository.clientAccess(actor, clientId, manager);
    if (!row) throw new NotFound('Client');
    if (mode === 'write' && !row.onCareTeam) throw new Forbidden(WRITE_REFUSED);
    noteCheckedClient(clientId);
  }

  /**
   * A client read whose own statement applies the read rule, one round trip instead of two:
   * `read` gets the rule as a predicate over `client c` (visibleClient) and answers undefined when
   * its statement found no such client. The answers are requireClient's for 'read': 403 for
   * admins before any statement, 404 when out of scope or missing.
   */
  async readClient<T>(ctx: RequestContext, clientId: string, read: (visible: Sql) => Promise<T | undefined>): Promise<T> {
    if (ctx.actor.role === 'admin') throw new Forbidden();
    const row = await read(visibleClient(ctx.actor));
    if (row === undefined) throw new NotFound('Client');
    noteCheckedClient(clientId);
    return row;
  }

  /**
   * Resolves a record that hangs off a client (goal, session) and checks the client in the same statement
   * (the rules of requireClient): 404 if unseen, 403 for admins and for writes from off the care team.
   */
  async requireChild<T extends { clientId: string }>(ctx: RequestContext, table: ChildTable, id: string, mode: AccessMode, columns: Sql): Promise<T> {
    const row = await this.repository.childAccess<Omit<T, 'clientId'>>(ctx.actor, table, id, columns);
    const what = CHILD_NAMES[table];
    if (!row) throw new NotFound(what);
    if (ctx.actor.role === 'admin') throw new Forbidden();
    const { visible, onCareTeam, ...child } = row;
    if (!visible) throw new NotFound(what);
    if (mode === 'write' && !onCareTeam) throw new Forbidden(WRITE_REFUSED);
    noteCheckedClient(row.clientId);
    return child as unknown as T;
  }
}
