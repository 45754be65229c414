import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/request-context';
import { AccessService } from '../access/access.service';
import { decodeCursor, page } from '../common/pagination';
import { AuditEventDto, AuditListDto, AuditQuery } from './dto/audit.dto';

export interface AuditEntry {
  action: AuditAction;
  entityType?: string;
  entityId?: string | null;
  clientId?: string | null;
  outcome?: 'success' | 'failure' | 'denied';
  detail?: Record<string, unknown>;
}

/** Writes audit events. Pass the transaction's manager so the event commits with the change. */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(ctx: RequestContext, entry: AuditEntry, manager: EntityManager = this.db.manager): Promise<void> {
    await this.insert(manager, {
      practiceId: ctx.actor.practiceId,
      actorId: ctx.actor.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
      ...entry,
    });
  }

  /** For events before anyone is signed in (failed sign-ins). */
  async recordAnonymous(
    entry: AuditEntry & { practiceId: string | null; actorId: string | null; ip: string | null; requestId: string },
  ): Promise<void> {
    await this.insert(this.db.manager, entry);
  }

  /** Admins read the practice's trail; supervisors the trail of clients they may see. */
  async list(ctx: RequestContext, q: AuditQuery): Promise<AuditListDto> {
    const limit = q.limit ?? 50;
    const params: unknown[] = [ctx.actor.practiceId];
    const where = ['e.practice_id = $1'];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (ctx.actor.role === 'supervisor') {
      params.push(ctx.actor.id);
      where.push(`EXISTS (SELECT 1 FROM client c WHERE c.id = e.client_id AND ${AccessService.visibleClient('c', `$${params.length}`, '$1')})`);
    }
    if (q.clientId) add((p) => `e.client_id = ${p}`, q.clientId);
    if (q.actorId) add((p) => `e.actor_id = ${p}`, q.actorId);
    if (q.action) add((p) => `e.action = ${p}`, q.action);
    if (q.from) add((p) => `e.at >= ${p}::date`, q.from);
    if (q.to) add((p) => `e.at < ${p}::date + 1`, q.to);
    const cursor = decodeCursor(q.cursor);
    if (cursor) {
      params.push(cursor.at, cursor.id);
      where.push(`(e.at, e.id) < ($${params.length - 1}, $${params.length})`);
    }
    params.push(limit + 1);
    const rows: AuditEventDto[] = await this.db.query(
      `SELECT e.id, e.at, e.actor_id AS "actorId", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
              e.client_id AS "clientId", e.outcome, e.ip, e.request_id AS "requestId"
         FROM audit_event e WHERE ${where.join(' AND ')} ORDER BY e.at DESC, e.id DESC LIMIT $${params.length}`,
      params,
    );
    return page(rows, limit, (r) => [r.at, r.id]);
  }

  private async insert(
    manager: EntityManager,
    e: AuditEntry & { practiceId: string | null; actorId: string | null; ip: string | null; requestId: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (practice_id, at, actor_id, action, entity_type, entity_id, client_id, outcome, ip, request_id, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        e.practiceId,
        this.clock.now(),
        e.actorId,
        e.action,
        e.entityType ?? null,
        e.entityId ?? null,
        e.clientId ?? null,
        e.outcome ?? 'success',
        e.ip,
        e.requestId,
        e.detail ?? null,
      ],
    );
  }
}
