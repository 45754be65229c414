import { Injectable } from '@nestjs/common';
import { CatalogueEntry, instrumentCatalogue, scoreMeasure, toCalendarDate } from '@securebase/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { FieldProblem, InvalidInput } from '../common/errors';
import { decodeCursor, page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { CreateMeasureDto, MeasureDto, MeasureListDto, MeasureQuery } from './dto/measure.dto';

export const MEASURE_COLUMNS = `m.id, m.client_id AS "clientId", m.instrument, m.administered_on AS "administeredOn", m.responses,
  m.scores, m.band, m.flags, m.session_id AS "sessionId", m.created_at AS "createdAt"`;

@Injectable()
export class MeasuresService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  catalogue(): CatalogueEntry[] {
    return instrumentCatalogue();
  }

  /** Scores on the server (the authority) with the same pure functions the browser previews with. */
  async create(ctx: RequestContext, clientId: string, dto: CreateMeasureDto): Promise<MeasureDto> {
    await this.access.requireClient(ctx, clientId, 'write');
    const problems: FieldProblem[] = [];
    const outcome = scoreMeasure(dto.instrument, dto.responses);
    if (!outcome.ok) problems.push(...outcome.errors);
    if (dto.administeredOn > toCalendarDate(new Date(this.clock.now().getTime() + 86_400_000))) {
      problems.push({ field: 'administeredOn', problem: 'must not be in the future' });
    }
    if (dto.sessionId) {
      const [session] = await this.db.query(`SELECT 1 FROM therapy_session WHERE id = $1 AND client_id = $2`, [dto.sessionId, clientId]);
      if (!session) problems.push({ field: 'sessionId', problem: "must be one of this client's sessions" });
    }
    if (problems.length || !outcome.ok) throw new InvalidInput(problems);
    const { scores, band, flags } = outcome.result;
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO measure (practice_id, client_id, session_id, instrument, administered_on, responses, scores, band, flags, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [ctx.actor.practiceId, clientId, dto.sessionId ?? null, dto.instrument, dto.administeredOn, dto.responses, scores, band ?? null, flags, ctx.actor.id],
      );
      await this.audit.record(ctx, { action: 'create', entityType: 'measure', entityId: row.id, clientId }, tx);
      const [measure] = await tx.query(`SELECT ${MEASURE_COLUMNS} FROM measure m WHERE m.id = $1`, [row.id]);
      return measure;
    });
  }

  async list(ctx: RequestContext, clientId: string, q: MeasureQuery): Promise<MeasureListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    const limit = q.limit ?? 50;
    const params: unknown[] = [clientId, ctx.actor.practiceId];
    const where = ['m.client_id = $1', 'm.practice_id = $2'];
    if (q.instrument) where.push(`m.instrument = $${params.push(q.instrument)}`);
    const cursor = decodeCursor(q.cursor);
    if (cursor) where.push(`(m.created_at, m.id) < ($${params.push(cursor.at)}, $${params.push(cursor.id)})`);
    const rows: MeasureDto[] = await this.db.query(
      `SELECT ${MEASURE_COLUMNS} FROM measure m WHERE ${where.join(' AND ')}
        ORDER BY m.created_at DESC, m.id DESC LIMIT $${params.push(limit + 1)}`,
      params,
    );
    await this.audit.record(ctx, { action: 'read', entityType: 'measures', clientId });
    return page(rows, limit, (r) => [r.createdAt, r.id]);
  }
}
