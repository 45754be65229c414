import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { decodeCursor, page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { InterventionNoteDto, InterventionNoteListDto, InterventionQuery } from './dto/session.dto';

/** Intervention notes across a client's sessions, for review by approach and period. */
@Injectable()
export class InterventionsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, clientId: string, q: InterventionQuery): Promise<InterventionNoteListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    const limit = q.limit ?? 50;
    const params: unknown[] = [clientId, ctx.actor.practiceId];
    const where = ['n.client_id = $1', 'n.practice_id = $2'];
    if (q.approach) where.push(`n.approach = $${params.push(q.approach)}`);
    if (q.from) where.push(`s.started_at >= $${params.push(q.from)}::date`);
    if (q.to) where.push(`s.started_at < $${params.push(q.to)}::date + 1`);
    const cursor = decodeCursor(q.cursor);
    if (cursor) where.push(`(s.started_at, n.id) < ($${params.push(cursor.at)}, $${params.push(cursor.id)})`);
    const rows: InterventionNoteDto[] = await this.db.query(
      `SELECT n.id, n.approach, n.techniques, n.note, n.goal_ids AS "goalIds", n.session_id AS "sessionId",
              s.started_at AS "sessionStartedAt", s.status AS "sessionStatus", s.clinician_id AS "clinicianId"
         FROM intervention_note n JOIN therapy_session s ON s.id = n.session_id
        WHERE ${where.join(' AND ')}
        ORDER BY s.started_at DESC, n.id DESC LIMIT $${params.push(limit + 1)}`,
      params,
    );
    await this.audit.record(ctx, { action: 'read', entityType: 'interventions', clientId });
    return page(rows, limit, (r) => [r.sessionStartedAt, r.id]);
  }
}
