import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { requestScope, type RequestContext } from '../common/request-context';
import { decodeCursor, page } from '../common/pagination';
import { AuditListDto, AuditQuery } from './dto/audit.dto';
import { AuditRepository } from './audit.repository';
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
      await this.record(ctx, scope.entry(result));
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
    await this.events.insert(manager, {
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
    });
  }
}
