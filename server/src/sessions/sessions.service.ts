import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { Conflict, Forbidden, NotFound, StaleVersion } from '../common/errors';
import { decodeCursor, page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { AddendumInput, ReturnSessionInput, SessionInput, SignSessionInput, UpdateSessionInput } from './dto/session-input.dto';
import { AddendumDto, DateRangeQuery, ReviewListDto, ReviewQuery, SessionDto, SessionListDto } from './dto/session.dto';
import { checkSessionRules } from './session-rules';
import { REVIEW_HEAD, ReviewHead, SESSION_HEAD, SessionFields, SessionHead, SessionParts, SessionsRepository } from './sessions.repository';

@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(ctx: RequestContext, clientId: string, dto: SessionInput): Promise<SessionDto> {
    await this.access.requireClient(ctx, clientId, 'write');
    await this.checkRules(clientId, dto);
    return this.audit.transaction(async (tx) => {
      const id = await this.sessions.insert(tx, ctx.actor.practiceId, clientId, ctx.actor.id, fieldsOf(dto));
      await this.insertParts(tx, ctx, clientId, id, dto);
      return this.load(tx, id);
    });
  }

  /** Replaces a draft's fields and parts. Signed sessions answer 409: they only take addenda. */
  async update(ctx: RequestContext, id: string, dto: UpdateSessionInput): Promise<SessionDto> {
    const head = await this.access.requireChild<SessionHead>(ctx, 'therapy_session', id, 'write', SESSION_HEAD);
    this.requireAuthor(ctx, head, 'edit');
    refuseIfSigned(head);
    await this.checkRules(head.clientId, dto);
    return this.audit.transaction(async (tx) => {
      if (!(await this.sessions.updateDraft(tx, id, dto.version, fieldsOf(dto)))) await this.explainMissedUpdate(tx, id);
      await this.sessions.deleteParts(tx, id);
      await this.insertParts(tx, ctx, head.clientId, id, dto);
      return this.load(tx, id);
    });
  }

  async sign(ctx: RequestContext, id: string, dto: SignSessionInput): Promise<SessionDto> {
    const head = await this.access.requireChild<SessionHead>(ctx, 'therapy_session', id, 'write', SESSION_HEAD);
    this.requireAuthor(ctx, head, 'sign');
    if (head.status === 'signed') throw new Conflict('session_signed', 'This session is already signed');
    if (head.status === 'pending_cosign') throw new Conflict('session_signed', 'This session is signed and waits for co-signature');
    return this.audit.transaction(async (tx) => {
      // Read at the moment of signing: an admin may have changed the setting since the author signed in.
      const needsCosign = await this.sessions.requiresCosign(tx, ctx.actor.id);
      const version = dto.version ?? null;
      const now = this.clock.now();
      const done = needsCosign
        ? await this.sessions.submitForCosign(tx, id, version, now)
        : await this.sessions.sign(tx, id, version, now, ctx.actor.id);
      if (!done) await this.explainMissedUpdate(tx, id);
      return this.load(tx, id);
    });
  }

  /** The supervisor's queue: their supervisees' sessions waiting for co-signature, oldest first. */
  async reviews(ctx: RequestContext, q: ReviewQuery): Promise<ReviewListDto> {
    const limit = q.limit ?? 50;
    const rows = await this.sessions.reviews(ctx.actor, q.clinicianId ?? null, decodeCursor(q.cursor), limit + 1);
    const { items, nextCursor } = page(rows, limit, (r) => [r.submittedAt!, r.id]);
    return {
      items: items.map((session) => ({ session, clientId: session.clientId, clinicianId: session.clinicianId, submittedAt: session.submittedAt! })),
      nextCursor,
    };
  }

  /** The author's supervisor co-signs: the session is signed (by its author) and frozen. */
  async cosign(ctx: RequestContext, id: string): Promise<SessionDto> {
    await this.requireReviewer(ctx, id);
    return this.audit.transaction(async (tx) => {
      if (!(await this.sessions.cosign(tx, id, this.clock.now(), ctx.actor.id))) throw notPending();
      return this.load(tx, id);
    });
  }

  /** The author's supervisor sends it back: a draft again, with the comment kept on the session. */
  async returnToAuthor(ctx: RequestContext, id: string, dto: ReturnSessionInput): Promise<SessionDto> {
    const head = await this.requireReviewer(ctx, id);
    return this.audit.transaction(async (tx) => {
      const owner = { practiceId: ctx.actor.practiceId, clientId: head.clientId, sessionId: id };
      if (!(await this.sessions.returnToAuthor(tx, owner, ctx.actor.id, dto.comment, this.clock.now()))) throw notPending();
      return this.load(tx, id);
    });
  }

  async addAddendum(ctx: RequestContext, id: string, dto: AddendumInput): Promise<AddendumDto> {
    const head = await this.access.requireChild<SessionHead>(ctx, 'therapy_session', id, 'write', SESSION_HEAD);
    if (head.status !== 'signed') throw new Conflict('session_not_signed', 'Only signed sessions take addenda; edit the draft instead');
    return this.audit.transaction(async (tx) => {
      const owner = { practiceId: ctx.actor.practiceId, clientId: head.clientId, sessionId: id };
      return this.sessions.insertAddendum(tx, owner, ctx.actor.id, dto.text, this.clock.now());
    });
  }

  async get(ctx: RequestContext, id: string): Promise<SessionDto> {
    await this.access.requireChild<SessionHead>(ctx, 'therapy_session', id, 'read', SESSION_HEAD);
    return this.load(this.db.manager, id);
  }

  async list(ctx: RequestContext, clientId: string, q: DateRangeQuery): Promise<SessionListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    const limit = q.limit ?? 50;
    const range = { from: q.from ?? null, to: q.to ?? null, cursor: decodeCursor(q.cursor) };
    const rows = await this.sessions.page(clientId, ctx.actor.practiceId, range, limit + 1);
    return page(rows, limit, (r) => [r.startedAt, r.id]);
  }

  /**
   * Only the author's supervisor, as the author's record names them now, reviews: whoever else may
   * read the session gets 403, whoever may not 404. The status is checked again in the UPDATE.
   */
  private async requireReviewer(ctx: RequestContext, id: string): Promise<ReviewHead> {
    const head = await this.access.requireChild<ReviewHead>(ctx, 'therapy_session', id, 'read', REVIEW_HEAD);
    if (head.authorSupervisorId !== ctx.actor.id)
      throw new Forbidden('Only the supervisor of the clinician who wrote this session can co-sign or return it');
    if (head.status !== 'pending_cosign') throw notPending();
    return head;
  }

  private requireAuthor(ctx: RequestContext, head: SessionHead, what: 'edit' | 'sign'): void {
    if (head.clinicianId !== ctx.actor.id) throw new Forbidden(`Only the clinician who wrote this session can ${what} it`);
  }

  private async checkRules(clientId: string, dto: SessionInput): Promise<void> {
    const goals = await this.sessions.goalsOf(clientId);
    checkSessionRules(dto, goals, this.clock.now());
  }

  private async insertParts(tx: EntityManager, ctx: RequestContext, clientId: string, sessionId: string, dto: SessionInput): Promise<void> {
    const ratings = (dto.goalRatings ?? []).map((r) => ({ goalId: r.goalId, rating: r.rating, comment: r.comment || null }));
    const patterns = dto.patterns ?? [];
    const notes = (dto.interventions ?? []).map((n, position) => ({
      position,
      approach: n.approach,
      techniques: [...new Set((n.techniques ?? []).map((t) => t.trim()).filter(Boolean))],
      note: n.note || null,
      goalIds: [...new Set(n.goalIds ?? [])],
    }));
    const parts: SessionParts = { ratings, patterns, notes };
    await this.sessions.insertParts(tx, { practiceId: ctx.actor.practiceId, clientId, sessionId }, parts);
  }

  /** An UPDATE that touched nothing: either someone signed it meanwhile or the version moved. */
  private async explainMissedUpdate(tx: EntityManager, id: string): Promise<never> {
    const row = await this.sessions.statusAndVersion(tx, id);
    if (row) refuseIfSigned(row);
    throw new StaleVersion(row?.version ?? null, 'This session was changed by someone else');
  }

  private async load(manager: EntityManager, id: string): Promise<SessionDto> {
    const row = await this.sessions.load(manager, id);
    if (!row) throw new NotFound('Session');
    return row;
  }
}

/** A signed session takes only addenda; one waiting for co-signature takes nothing until its supervisor acts. */
function refuseIfSigned(head: { status: SessionHead['status'] }): void {
  if (head.status === 'signed') throw new Conflict('session_signed', 'This session is signed; add an addendum instead');
  if (head.status === 'pending_cosign')
    throw new Conflict('session_signed', 'This session is signed and waits for co-signature; it cannot be changed');
}

function notPending(): Conflict {
  return new Conflict('session_not_pending', 'This session is not waiting for co-signature');
}

/** The form's fields as stored: empty text is no text. */
function fieldsOf(dto: SessionInput): SessionFields {
  const { startedAt, durationMinutes, modality, setting, attendance } = dto;
  return { startedAt, durationMinutes, modality, setting, attendance, summary: dto.summary || null, plan: dto.plan || null };
}
