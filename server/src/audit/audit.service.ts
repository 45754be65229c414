import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import type { Sql } from '../database/sql';
import { requestScope, type RequestContext } from '../common/request-context';
import { decodeCursor, page } from '../common/pagination';
import { AuditListDto, AuditQuery } from './dto/audit.dto';
import { AuditRepository, NewAuditEvent } from './audit.repository';
import { AuditScope, auditSpecOf, AuditSpec, CHANGE_ACTIONS, currentAuditScope, RequestFacts } from './audited';

export interface AuditEntry {
  action: AuditAction;
  entityType?: string;
  entityId?: string | null;
  clientId?: string | null;
  outcome?: 'success' | 'failure' | 'denied';
  detail?: Record<string, unknown>;
}

/**
 * The one writer of audit events. Which event a route writes is declared on the route with
 * `@Audited` (audited.ts); services only say where their change's transaction is (`transaction`).
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: DataSource,
    private readonly events: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs a route's handler under its declaration. A change records its event inside its own
   * transaction (`transaction`); anything else records it here, once the handler has answered.
   * A handler that throws records nothing.
   */
  async around<T>(spec: AuditSpec, ctx: RequestContext, request: RequestFacts, handler: () => Promise<T>): Promise<T> {
    const scope = new AuditScope(spec, ctx, request);
    const result = await requestScope.run(scope, handler);
    if (!CHANGE_ACTIONS.has(spec.action)) {
      // Unless the handler's own statement carried the event (readInStatement).
      if (!scope.written) await this.record(ctx, scope.entry(result));
    } else if (!scope.written && !scope.unchanged) {
      // A change route that never opened its audited transaction: record late rather than never, and fail loudly.
      await this.record(ctx, scope.entry(result));
      throw new Error(`${spec.action} ${spec.entityType}: the handler answered without AuditService.transaction (or noChange)`);
    }
    return result;
  }

  /** For callers without an HTTP request (the demo seeder): `work` is audited as the controller method `route` declares. */
  async asRoute<T>(route: object, ctx: RequestContext, request: RequestFacts, work: () => Promise<T>): Promise<T> {
    const spec = auditSpecOf(route);
    if (!spec) throw new Error('asRoute needs a controller method declared @Audited');
    return this.around(spec, ctx, request, work);
  }

  /**
   * One transaction holding a change and the event its route declares: the event commits with
   * the change or not at all. Only inside a route whose `@Audited` action is a change.
   */
  async transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const scope = currentAuditScope();
    if (!scope || !CHANGE_ACTIONS.has(scope.spec.action)) {
      throw new Error('AuditService.transaction runs only inside a route declared @Audited with a change action');
    }
    if (scope.written) throw new Error('A route records one change: one audited transaction per request');
    return this.db.transaction(async (tx) => {
      const result = await work(tx);
      if (!scope.unchanged) {
        await this.record(scope.ctx, scope.entry(result), tx);
        scope.written = true;
      }
      return result;
    });
  }

  /**
   * A read's event written by the handler's own statement, when that statement also applies the
   * read rule (AccessService.readClient): an `INSERT … SELECT` over `clients` (a query yielding the
   * `id` of the client the rule let through, none when out of scope) for the statement's WITH. The
   * event commits with that statement, so before the answer is sent, as `around` would write it,
   * and for a client out of scope nothing is written; `around` then writes no second one. The event
   * is built before the handler has an answer, so only for a route whose `@Audited` needs none.
   */
  readInStatement(clients: Sql): Sql {
    const scope = currentAuditScope();
    if (!scope || CHANGE_ACTIONS.has(scope.spec.action) || scope.spec.clientId) {
      throw new Error(
        'AuditService.readInStatement runs only inside a route declared @Audited with a read action and its client from the access check',
      );
    }
    if (scope.written) throw new Error('A route records one event: one readInStatement per request');
    scope.written = true;
    const { clientId: _theStatements, ...entry } = scope.entry(undefined);
    return this.events.insertFor(clients, this.event(scope.ctx, entry));
  }

  /** The change asked for was already in place (a care-team member added twice, an empty update): no event. */
  noChange(): void {
    const scope = currentAuditScope();
    if (scope) scope.unchanged = true;
  }

  private async record(ctx: RequestContext, entry: AuditEntry, manager: EntityManager = this.db.manager): Promise<void> {
    await this.insert(manager, {
      practiceId: ctx.actor.practiceId,
      actorId: ctx.actor.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
      ...entry,
    });
  }

  /**
   * For events with no one signed in: failed sign-ins, and a client's questionnaire link (actor null),
   * whose submission passes its own transaction so the event commits with the answers.
   */
  async recordAnonymous(
    entry: AuditEntry & { practiceId: string | null; actorId: string | null; ip: string | null; requestId: string },
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await this.insert(manager, entry);
  }

  /** Admins read the practice's trail; supervisors the trail of clients they may see. */
  async list(ctx: RequestContext, q: AuditQuery): Promise<AuditListDto> {
    const limit = q.limit ?? 50;
    const rows = await this.events.list(ctx.actor.practiceId, {
      visibleTo: ctx.actor.role === 'supervisor' ? ctx.actor : null,
      clientId: q.clientId ?? null,
      actorId: q.actorId ?? null,
      action: q.action ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
      cursor: decodeCursor(q.cursor),
      limit: limit + 1,
    });
    return page(rows, limit, (r) => [r.at, r.id]);
  }

  private async insert(
    manager: EntityManager,
    e: AuditEntry & { practiceId: string | null; actorId: string | null; ip: string | null; requestId: string },
  ): Promise<void> {
    await this.events.insert(manager, this.complete(e));
  }

  /** A signed-in caller's event, complete but for the client its statement names (readInStatement). */
  private event(ctx: RequestContext, entry: Omit<AuditEntry, 'clientId'>): Omit<NewAuditEvent, 'clientId'> {
    const { clientId: _none, ...event } = this.complete({
      practiceId: ctx.actor.practiceId,
      actorId: ctx.actor.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
      ...entry,
    });
    return event;
  }

  private complete(e: AuditEntry & { practiceId: string | null; actorId: string | null; ip: string | null; requestId: string }): NewAuditEvent {
    return {
      practiceId: e.practiceId,
      at: this.clock.now(),
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType ?? null,
      entityId: e.entityId ?? null,
      clientId: e.clientId ?? null,
      outcome: e.outcome ?? 'success',
      ip: e.ip,
      requestId: e.requestId,
      detail: e.detail ?? null,
    };
  }
}
