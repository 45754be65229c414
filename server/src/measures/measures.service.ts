import { Injectable } from '@nestjs/common';
import { CatalogueEntry, instrumentCatalogue, scoreMeasure, toCalendarDate } from '@securebase/shared';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { FieldProblem, InvalidInput } from '../common/errors';
import { decodeCursor, page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { CreateMeasureDto, MeasureDto, MeasureListDto, MeasureQuery } from './dto/measure.dto';
import { MeasuresRepository, NewMeasure } from './measures.repository';
import { AlertsRepository } from '../alerts/alerts.repository';
import { sql } from '../database/sql';
import type { EntityManager } from 'typeorm';

/** The flag rule (shared/src/instruments/phq9.ts) that opens a safety alert. */
const SAFETY_FLAG = 'safety_item';

@Injectable()
export class MeasuresService {
  constructor(
    private readonly measures: MeasuresRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly alerts: AlertsRepository,
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
      if (!(await this.measures.isSessionOf(dto.sessionId, clientId)))
        problems.push({ field: 'sessionId', problem: "must be one of this client's sessions" });
    }
    if (problems.length || !outcome.ok) throw new InvalidInput(problems);
    const { scores, band, flags } = outcome.result;
    const now = this.clock.now();
    return this.audit.transaction(async (tx) => {
      const [stored] = await this.store(tx, [
        {
          practiceId: ctx.actor.practiceId,
          clientId,
          sessionId: dto.sessionId ?? null,
          instrument: dto.instrument,
          administeredOn: dto.administeredOn,
          responses: dto.responses,
          scores,
          band: band ?? null,
          flags,
          createdBy: ctx.actor.id,
          source: 'clinician',
          invitationId: null,
          // The clinician typed the answers in: there is nothing new for them to review.
          reviewedAt: now,
          reviewedBy: ctx.actor.id,
        },
      ]);
      return stored;
    });
  }

  /**
   * Stores scored measures in `tx` (a clinician's entry or a client's link alike) and, for each that raised
   * the safety item, opens its alert in the same transaction: the one place both paths go through.
   */
  async store(tx: EntityManager, measures: NewMeasure[]): Promise<MeasureDto[]> {
    const rows = await this.measures.insert(tx, measures);
    for (const row of rows.filter((r) => r.flags.includes(SAFETY_FLAG))) {
      const { practiceId } = measures.find((m) => m.clientId === row.clientId)!;
      await this.alerts.open(tx, { practiceId, clientId: row.clientId, measureId: row.id, raisedAt: this.clock.now() });
    }
    return rows;
  }

  /** Marks a measure reviewed: idempotent, the first review's instant and reviewer stand. */
  async review(ctx: RequestContext, id: string): Promise<MeasureDto> {
    await this.access.requireChild(ctx, 'measure', id, 'write', sql`t.id`);
    return this.audit.transaction(async (tx) => {
      const { changed, row } = await this.measures.review(tx, id, ctx.actor.id, this.clock.now());
      if (!changed) this.audit.noChange();
      return row;
    });
  }

  async list(ctx: RequestContext, clientId: string, q: MeasureQuery): Promise<MeasureListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    const limit = q.limit ?? 50;
    const rows = await this.measures.page(clientId, ctx.actor.practiceId, q.instrument ?? null, decodeCursor(q.cursor), limit + 1);
    return page(rows, limit, (r) => [r.createdAt, r.id]);
  }
}
