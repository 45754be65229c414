import { Injectable } from '@nestjs/common';
import type { Approach, Attendance, Modality, SessionStatus, Setting } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AccessActor, visibleClient } from '../access/access.repository';
import type { Cursor } from '../common/pagination';
import { Db, execute, join, one, query, raw, sql, Sql } from '../database/sql';
import type { AddendumDto, InterventionNoteDto, SessionDto } from './dto/session.dto';

/**
 * A session as `pg` returns SESSION_COLUMNS: a SessionDto. The json_agg parts arrive parsed; inside
 * them an addendum's createdAt is PostgreSQL's JSON text for a timestamptz, not the ISO text of a column.
 */
export type SessionRow = SessionDto;
export type AddendumRow = AddendumDto;
export type InterventionNoteRow = InterventionNoteDto;

/** What the access check reads with a session (over alias `t`): enough to decide author and status rules. */
export interface SessionHead {
  clientId: string;
  clinicianId: string;
  status: SessionStatus;
  version: number;
}
export const SESSION_HEAD = sql`t.clinician_id AS "clinicianId", t.status, t.version`;

/** The head and who supervises the author now: only that supervisor co-signs or returns (read at the moment of asking). */
export interface ReviewHead extends SessionHead {
  authorSupervisorId: string | null;
}
export const REVIEW_HEAD = sql`${SESSION_HEAD}, (SELECT a.supervisor_id FROM app_user a WHERE a.id = t.clinician_id) AS "authorSupervisorId"`;

/** One round trip for a session and all its parts, as SessionDto. `s` is the therapy_session alias. */
export const SESSION_COLUMNS = sql`s.id, s.client_id AS "clientId", s.clinician_id AS "clinicianId", s.started_at AS "startedAt",
  s.duration_minutes AS "durationMinutes", s.modality, s.setting, s.attendance, s.summary, s.plan, s.status,
  s.signed_at AS "signedAt", s.signed_by AS "signedBy", s.submitted_at AS "submittedAt", s.cosigned_at AS "cosignedAt",
  s.cosigned_by AS "cosignedBy", s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  COALESCE((SELECT json_agg(json_build_object('goalId', r.goal_id, 'rating', r.rating, 'comment', r.comment) ORDER BY g.created_at, r.goal_id)
              FROM goal_rating r JOIN goal g ON g.id = r.goal_id WHERE r.session_id = s.id), '[]') AS "goalRatings",
  COALESCE((SELECT json_agg(json_build_object('pattern', p.pattern, 'intensity', p.intensity) ORDER BY p.pattern)
              FROM pattern_observation p WHERE p.session_id = s.id), '[]') AS "patterns",
  COALESCE((SELECT json_agg(json_build_object('id', n.id, 'approach', n.approach, 'techniques', n.techniques, 'note', n.note, 'goalIds', n.goal_ids) ORDER BY n.position)
              FROM intervention_note n WHERE n.session_id = s.id), '[]') AS "interventions",
  COALESCE((SELECT json_agg(json_build_object('id', a.id, 'sessionId', a.session_id, 'authorId', a.author_id, 'authorName', u.display_name,
                                              'text', a.text, 'createdAt', a.created_at) ORDER BY a.created_at, a.id)
              FROM addendum a JOIN app_user u ON u.id = a.author_id WHERE a.session_id = s.id), '[]') AS "addenda",
  COALESCE((SELECT json_agg(json_build_object('comment', sr.comment, 'by', sr.returned_by, 'byName', ru.display_name, 'at', sr.returned_at)
                            ORDER BY sr.returned_at, sr.id)
              FROM session_return sr JOIN app_user ru ON ru.id = sr.returned_by WHERE sr.session_id = s.id), '[]') AS "returns"`;

/** The fields a session's form sets, on create and on every draft update. */
export interface SessionFields {
  startedAt: string;
  durationMinutes: number;
  modality: Modality;
  setting: Setting;
  attendance: Attendance;
  summary: string | null;
  plan: string | null;
}

/** A session's parts, ready to store (deduplicated, positions assigned). */
export interface SessionParts {
  ratings: { goalId: string; rating: number; comment: string | null }[];
  patterns: { pattern: string; intensity: number }[];
  notes: { position: number; approach: Approach; techniques: string[]; note: string | null; goalIds: string[] }[];
}

/** Whose session: the owning practice and client. */
export interface SessionOwner {
  practiceId: string;
  clientId: string;
  sessionId: string;
}

/** UTC days, both ends included, and a keyset position. */
export interface SessionRange {
  from: string | null;
  to: string | null;
  cursor: Cursor | null;
}

/** A page of a client's sessions, newest first (also the benchmark's raw-SQL baseline). */
export function sessionPage(clientId: string, practiceId: string, range: SessionRange, limit: number): Sql {
  const where = [sql`s.client_id = ${clientId}`, sql`s.practice_id = ${practiceId}`];
  if (range.from) where.push(sql`s.started_at >= ${range.from}::date`);
  if (range.to) where.push(sql`s.started_at < ${range.to}::date + 1`);
  if (range.cursor) where.push(sql`(s.started_at, s.id) < (${range.cursor.at}, ${range.cursor.id})`);
  return sql`SELECT ${SESSION_COLUMNS} FROM therapy_session s WHERE ${join(where, ' AND ')}
        ORDER BY s.started_at DESC, s.id DESC LIMIT ${limit}`;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: DataSource) {}

  async insert(tx: EntityManager, practiceId: string, clientId: string, clinicianId: string, f: SessionFields): Promise<string> {
    const [{ id }] = await query<{ id: string }>(
      tx,
      sql`INSERT INTO therapy_session (practice_id, client_id, clinician_id, started_at, duration_minutes, modality, setting, attendance, summary, plan)
         VALUES (${practiceId}, ${clientId}, ${clinicianId}, ${f.startedAt}, ${f.durationMinutes}, ${f.modality}, ${f.setting}, ${f.attendance}, ${f.summary}, ${f.plan}) RETURNING id`,
    );
    return id;
  }

  /** Replaces a draft's fields at `version`; false when nothing matched (signed meanwhile, or stale). */
  async updateDraft(tx: EntityManager, id: string, version: number, f: SessionFields): Promise<boolean> {
    const affected = await execute(
      tx,
      sql`UPDATE therapy_session SET started_at = ${f.startedAt}, duration_minutes = ${f.durationMinutes}, modality = ${f.modality}, setting = ${f.setting}, attendance = ${f.attendance},
                summary = ${f.summary}, plan = ${f.plan}, version = version + 1, updated_at = now()
          WHERE id = ${id} AND version = ${version} AND status = 'draft'`,
    );
    return affected > 0;
  }

  /** Signs a draft (at `version` when given); false when nothing matched. */
  async sign(tx: EntityManager, id: string, version: number | null, signedAt: Date, signedBy: string): Promise<boolean> {
    const affected = await execute(
      tx,
      sql`UPDATE therapy_session SET status = 'signed', signed_at = ${signedAt}, signed_by = ${signedBy}, version = version + 1, updated_at = now()
          WHERE id = ${id} AND status = 'draft' AND version = COALESCE(${version}, version)`,
    );
    return affected > 0;
  }

  /** The author's signature when it needs co-signing: the draft waits for the supervisor; false when nothing matched. */
  async submitForCosign(tx: EntityManager, id: string, version: number | null, submittedAt: Date): Promise<boolean> {
    const affected = await execute(
      tx,
      sql`UPDATE therapy_session SET status = 'pending_cosign', submitted_at = ${submittedAt}, version = version + 1, updated_at = now()
          WHERE id = ${id} AND status = 'draft' AND version = COALESCE(${version}, version)`,
    );
    return affected > 0;
  }

  /**
   * The supervisor's co-signature: signed as of the author's signature, by the author, co-signed now.
   * Conditional on the status, so of a co-sign and a return racing, exactly one matches.
   */
  async cosign(tx: EntityManager, id: string, cosignedAt: Date, cosignedBy: string): Promise<boolean> {
    const affected = await execute(
      tx,
      sql`UPDATE therapy_session SET status = 'signed', signed_at = submitted_at, signed_by = clinician_id, submitted_at = NULL,
                cosigned_at = ${cosignedAt}, cosigned_by = ${cosignedBy}, version = version + 1, updated_at = now()
          WHERE id = ${id} AND status = 'pending_cosign'`,
    );
    return affected > 0;
  }

  /** Sends a waiting session back to its author's drafts with the supervisor's comment; false when it was no longer waiting. */
  async returnToAuthor(tx: EntityManager, o: SessionOwner, returnedBy: string, comment: string, returnedAt: Date): Promise<boolean> {
    const affected = await execute(
      tx,
      sql`UPDATE therapy_session SET status = 'draft', submitted_at = NULL, version = version + 1, updated_at = now()
          WHERE id = ${o.sessionId} AND status = 'pending_cosign'`,
    );
    if (affected === 0) return false;
    await execute(
      tx,
      sql`INSERT INTO session_return (practice_id, client_id, session_id, returned_by, comment, returned_at)
          VALUES (${o.practiceId}, ${o.clientId}, ${o.sessionId}, ${returnedBy}, ${comment}, ${returnedAt})`,
    );
    return true;
  }

  /** Whether the author's signature waits for a co-signature (read when they sign, not from the sign-in). */
  async requiresCosign(db: Db, userId: string): Promise<boolean> {
    const row = await one<{ requiresCosign: boolean }>(db, sql`SELECT requires_cosign AS "requiresCosign" FROM app_user WHERE id = ${userId}`);
    return row?.requiresCosign ?? false;
  }

  /**
   * A supervisor's queue: sessions waiting for them (their current supervisees'), oldest first,
   * on clients they may see. Keyset on (submitted_at, id) ascending.
   */
  reviews(actor: AccessActor, clinicianId: string | null, cursor: Cursor | null, limit: number): Promise<SessionRow[]> {
    const where = [
      sql`s.practice_id = ${actor.practiceId}`,
      sql`s.status = 'pending_cosign'`,
      sql`a.supervisor_id = ${actor.id}`,
      visibleClient(actor),
    ];
    if (clinicianId) where.push(sql`s.clinician_id = ${clinicianId}`);
    if (cursor) where.push(sql`(s.submitted_at, s.id) > (${cursor.at}, ${cursor.id})`);
    return query(
      this.db,
      sql`SELECT ${SESSION_COLUMNS}
         FROM therapy_session s JOIN app_user a ON a.id = s.clinician_id JOIN client c ON c.id = s.client_id
        WHERE ${join(where, ' AND ')}
        ORDER BY s.submitted_at, s.id LIMIT ${limit}`,
    );
  }

  statusAndVersion(tx: EntityManager, id: string): Promise<{ status: SessionStatus; version: number } | undefined> {
    return one(tx, sql`SELECT status, version FROM therapy_session WHERE id = ${id}`);
  }

  /** Removes a draft's ratings, patterns and notes before they are written again. */
  async deleteParts(tx: EntityManager, sessionId: string): Promise<void> {
    for (const table of ['goal_rating', 'pattern_observation', 'intervention_note'] as const) {
      await execute(tx, sql`DELETE FROM ${raw(table)} WHERE session_id = ${sessionId}`);
    }
  }

  /** Inserts a session's ratings, patterns and notes (three statements, whatever their number). */
  async insertParts(tx: EntityManager, o: SessionOwner, parts: SessionParts): Promise<void> {
    const head = sql`${o.practiceId}, ${o.clientId}, ${o.sessionId}`;
    if (parts.ratings.length) {
      await execute(
        tx,
        sql`INSERT INTO goal_rating (practice_id, client_id, session_id, goal_id, rating, comment)
  SELECT ${head}, x."goalId", x.rating, x.comment FROM jsonb_to_recordset(${JSON.stringify(parts.ratings)}::jsonb) AS x("goalId" uuid, rating smallint, comment text)`,
      );
    }
    if (parts.patterns.length) {
      await execute(
        tx,
        sql`INSERT INTO pattern_observation (practice_id, client_id, session_id, pattern, intensity)
  SELECT ${head}, x.pattern, x.intensity FROM jsonb_to_recordset(${JSON.stringify(parts.patterns)}::jsonb) AS x(pattern presenting_pattern, intensity smallint)`,
      );
    }
    if (parts.notes.length) {
      await execute(
        tx,
        sql`INSERT INTO intervention_note (practice_id, client_id, session_id, position, approach, techniques, note, goal_ids)
  SELECT ${head}, x.position, x.approach, x.techniques, x.note, x."goalIds"
    FROM jsonb_to_recordset(${JSON.stringify(parts.notes)}::jsonb) AS x(position smallint, approach approach, techniques text[], note text, "goalIds" uuid[])`,
      );
    }
  }

  async insertAddendum(tx: EntityManager, o: SessionOwner, authorId: string, text: string, createdAt: Date): Promise<AddendumRow> {
    const [{ id }] = await query<{ id: string }>(
      tx,
      sql`INSERT INTO addendum (practice_id, client_id, session_id, author_id, text, created_at)
          VALUES (${o.practiceId}, ${o.clientId}, ${o.sessionId}, ${authorId}, ${text}, ${createdAt}) RETURNING id`,
    );
    const [row] = await query<AddendumRow>(
      tx,
      sql`SELECT a.id, a.session_id AS "sessionId", a.author_id AS "authorId", u.display_name AS "authorName", a.text, a.created_at AS "createdAt"
           FROM addendum a JOIN app_user u ON u.id = a.author_id WHERE a.id = ${id}`,
    );
    return row;
  }

  /** A client's goals and their status, for the session rules (a rating needs an existing goal). */
  goalsOf(clientId: string): Promise<{ id: string; status: string }[]> {
    return query(this.db, sql`SELECT id, status FROM goal WHERE client_id = ${clientId}`);
  }

  load(db: Db, id: string): Promise<SessionRow | undefined> {
    return one(db, sql`SELECT ${SESSION_COLUMNS} FROM therapy_session s WHERE s.id = ${id}`);
  }

  page(clientId: string, practiceId: string, range: SessionRange, limit: number): Promise<SessionRow[]> {
    return query(this.db, sessionPage(clientId, practiceId, range, limit));
  }

  /** Intervention notes across a client's sessions, newest session first. */
  interventions(clientId: string, practiceId: string, approach: Approach | null, range: SessionRange, limit: number): Promise<InterventionNoteRow[]> {
    const where = [sql`n.client_id = ${clientId}`, sql`n.practice_id = ${practiceId}`];
    if (approach) where.push(sql`n.approach = ${approach}`);
    if (range.from) where.push(sql`s.started_at >= ${range.from}::date`);
    if (range.to) where.push(sql`s.started_at < ${range.to}::date + 1`);
    if (range.cursor) where.push(sql`(s.started_at, n.id) < (${range.cursor.at}, ${range.cursor.id})`);
    return query(
      this.db,
      sql`SELECT n.id, n.approach, n.techniques, n.note, n.goal_ids AS "goalIds", n.session_id AS "sessionId",
              s.started_at AS "sessionStartedAt", s.status AS "sessionStatus", s.clinician_id AS "clinicianId"
         FROM intervention_note n JOIN therapy_session s ON s.id = n.session_id
        WHERE ${join(where, ' AND ')}
        ORDER BY s.started_at DESC, n.id DESC LIMIT ${limit}`,
    );
  }
}
