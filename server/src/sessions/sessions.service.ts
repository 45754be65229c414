import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { Conflict, Forbidden, NotFound, StaleVersion } from '../common/errors';
import { decodeCursor, page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { AddendumInput, SessionInput, SignSessionInput, UpdateSessionInput } from './dto/session-input.dto';
import { AddendumDto, DateRangeQuery, SessionDto, SessionListDto } from './dto/session.dto';
import { checkSessionRules } from './session-rules';
import { INSERT_INTERVENTIONS, INSERT_PATTERNS, INSERT_RATINGS, SESSION_COLUMNS } from './session-sql';

interface SessionHead {
  clientId: string;
  clinicianId: string;
  status: 'draft' | 'signed';
  version: number;
}
const HEAD = 't.clinician_id AS "clinicianId", t.status, t.version';

@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(ctx: RequestContext, clientId: string, dto: SessionInput): Promise<SessionDto> {
    await this.access.requireClient(ctx, clientId, 'write');
    await this.checkRules(clientId, dto);
    return this.db.transaction(async (tx) => {
      const [{ id }] = await tx.query(
        `INSERT INTO therapy_session (practice_id, client_id, clinician_id, started_at, duration_minutes, modality, setting, attendance, summary, plan)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [ctx.actor.practiceId, clientId, ctx.actor.id, dto.startedAt, dto.durationMinutes, dto.modality, dto.setting, dto.attendance, dto.summary || null, dto.plan || null],
      );
      await this.insertParts(tx, ctx, clientId, id, dto);
      await this.audit.record(ctx, { action: 'create', entityType: 'session', entityId: id, clientId }, tx);
      return this.load(tx, id);
    });
  }

  /** Replaces a draft's fields and parts. Signed sessions answer 409: they only take addenda. */
  async update(ctx: RequestContext, id: string, dto: UpdateSessionInput): Promise<SessionDto> {
    const head = await this.access.requireChild<SessionHead>(ctx, 'therapy_session', id, 'write', HEAD);
    this.requireAuthor(ctx, head, 'edit');
    if (head.status === 'signed') throw new Conflict('session_signed', 'This session is signed; add an addendum instead');
    await this.checkRules(head.clientId, dto);
    return this.db.transaction(async (tx) => {
      const [, affected] = await tx.query(
        `UPDATE therapy_session SET started_at = $3, duration_minutes = $4, modality = $5, setting = $6, attendance = $7,
                summary = $8, plan = $9, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'draft'`,
        [id, dto.version, dto.startedAt, dto.durationMinutes, dto.modality, dto.setting, dto.attendance, dto.summary || null, dto.plan || null],
      );
      if (affected === 0) await this.explainMissedUpdate(tx, id);
      for (const table of ['goal_rating', 'pattern_observation', 'intervention_note']) {
        await tx.query(`DELETE FROM ${table} WHERE session_id = $1`, [id]);
      }
      await this.insertParts(tx, ctx, head.clientId, id, dto);
      await this.audit.record(ctx, { action: 'update', entityType: 'session', entityId: id, clientId: head.clientId }, tx);
      return this.load(tx, id);
    });
  }

  async sign(ctx: RequestContext, id: string, dto: SignSessionInput): Promise<SessionDto> {
    const head = await this.access.requireChild<SessionHead>(ctx, 'therapy_session', id, 'write', HEAD);
    this.requireAuthor(ctx, head, 'sign');
    if (head.status === 'signed') throw new Conflict('session_signed', 'This session is already signed');
    return this.db.transaction(async (tx) => {
      const [, affected] = await tx.query(
        `UPDATE therapy_session SET status = 'signed', signed_at = $3, signed_by = $4, version = version + 1, updated_at = now()
          WHERE id = $1 AND status = 'draft' AND version = COALESCE($2, version)`,
        [id, dto.version ?? null, this.clock.now(), ctx.actor.id],
      );
      if (affected === 0) await this.explainMissedUpdate(tx, id);
      await this.audit.record(ctx, { action: 'sign', entityType: 'session', entityId: id, clientId: head.clientId }, tx);
      return this.load(tx, id);
    });
  }

  async addAddendum(ctx: RequestContext, id: string, dto: AddendumInput): Promise<AddendumDto> {
    const head = await this.access.requireChild<SessionHead>(ctx, 'therapy_session', id, 'write', HEAD);
    if (head.status !== 'signed') throw new Conflict('session_not_signed', 'Only signed sessions take addenda; edit the draft instead');
    return this.db.transaction(async (tx) => {
      const [{ id: addendumId }] = await tx.query(
        `INSERT INTO addendum (practice_id, client_id, session_id, author_id, text, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [ctx.actor.practiceId, head.clientId, id, ctx.actor.id, dto.text, this.clock.now()],
      );
      await this.audit.record(ctx, { action: 'addendum', entityType: 'session', entityId: id, clientId: head.clientId }, tx);
      const [row] = await tx.query(
        `SELECT a.id, a.session_id AS "sessionId", a.author_id AS "authorId", u.display_name AS "authorName", a.text, a.created_at AS "createdAt"
           FROM addendum a JOIN app_user u ON u.id = a.author_id WHERE a.id = $1`,
        [addendumId],
      );
      return row;
    });
  }

  async get(ctx: RequestContext, id: string): Promise<SessionDto> {
    const head = await this.access.requireChild<SessionHead>(ctx, 'therapy_session', id, 'read', HEAD);
    const session = await this.load(this.db.manager, id);
    await this.audit.record(ctx, { action: 'read', entityType: 'session', entityId: id, clientId: head.clientId });
    return session;
  }

  async list(ctx: RequestContext, clientId: string, q: DateRangeQuery): Promise<SessionListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    const limit = q.limit ?? 50;
    const params: unknown[] = [clientId, ctx.actor.practiceId];
    const where = ['s.client_id = $1', 's.practice_id = $2'];
    if (q.from) where.push(`s.started_at >= $${params.push(q.from)}::date`);
    if (q.to) where.push(`s.started_at < $${params.push(q.to)}::date + 1`);
    const cursor = decodeCursor(q.cursor);
    if (cursor) where.push(`(s.started_at, s.id) < ($${params.push(cursor.at)}, $${params.push(cursor.id)})`);
    const rows: SessionDto[] = await this.db.query(
      `SELECT ${SESSION_COLUMNS} FROM therapy_session s WHERE ${where.join(' AND ')}
        ORDER BY s.started_at DESC, s.id DESC LIMIT $${params.push(limit + 1)}`,
      params,
    );
    await this.audit.record(ctx, { action: 'read', entityType: 'sessions', clientId });
    return page(rows, limit, (r) => [r.startedAt, r.id]);
  }

  private requireAuthor(ctx: RequestContext, head: SessionHead, what: 'edit' | 'sign'): void {
    if (head.clinicianId !== ctx.actor.id) throw new Forbidden(`Only the clinician who wrote this session can ${what} it`);
  }

  private async checkRules(clientId: string, dto: SessionInput): Promise<void> {
    const goals = await this.db.query(`SELECT id, status FROM goal WHERE client_id = $1`, [clientId]);
    checkSessionRules(dto, goals, this.clock.now());
  }

  private async insertParts(tx: EntityManager, ctx: RequestContext, clientId: string, sessionId: string, dto: SessionInput): Promise<void> {
    const head = [ctx.actor.practiceId, clientId, sessionId];
    const ratings = (dto.goalRatings ?? []).map((r) => ({ goalId: r.goalId, rating: r.rating, comment: r.comment || null }));
    const patterns = dto.patterns ?? [];
    const notes = (dto.interventions ?? []).map((n, position) => ({
      position,
      approach: n.approach,
      techniques: [...new Set((n.techniques ?? []).map((t) => t.trim()).filter(Boolean))],
      note: n.note || null,
      goalIds: [...new Set(n.goalIds ?? [])],
    }));
    if (ratings.length) await tx.query(INSERT_RATINGS, [...head, JSON.stringify(ratings)]);
    if (patterns.length) await tx.query(INSERT_PATTERNS, [...head, JSON.stringify(patterns)]);
    if (notes.length) await tx.query(INSERT_INTERVENTIONS, [...head, JSON.stringify(notes)]);
  }

  /** An UPDATE that touched nothing: either someone signed it meanwhile or the version moved. */
  private async explainMissedUpdate(tx: EntityManager, id: string): Promise<never> {
    const [row] = await tx.query(`SELECT status, version FROM therapy_session WHERE id = $1`, [id]);
    if (row?.status === 'signed') throw new Conflict('session_signed', 'This session is signed; add an addendum instead');
    throw new StaleVersion(row?.version ?? null, 'This session was changed by someone else');
  }

  private async load(manager: EntityManager, id: string): Promise<SessionDto> {
    const [row] = await manager.query(`SELECT ${SESSION_COLUMNS} FROM therapy_session s WHERE s.id = $1`, [id]);
    if (!row) throw new NotFound('Session');
    return row;
  }
}
