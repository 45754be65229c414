import { Injectable } from '@nestjs/common';
import type { InstrumentCode } from '@securebase/shared';
import { DataSource } from 'typeorm';
import { AccessActor, visibleClient } from '../access/access.repository';
import { CLIENT_COLUMNS, ClientRow } from '../clients/clients.repository';
import { Db, one, query, raw, sql, Sql } from '../database/sql';
import type { ApproachMonthDto, AttendanceDto, DashboardRowDto, GoalProgressDto, PatternMonthDto } from './dto/progress.dto';
import type { MeasureRow } from './measure-series';

const TREND_SESSIONS = 12;

/** The charts PROGRESS_SQL builds, already in the shapes of ProgressDto. */
export interface ProgressRow {
  goals: GoalProgressDto[];
  approaches: ApproachMonthDto[];
  patterns: PatternMonthDto[];
  attendance: AttendanceDto;
}

/** Per instrument, the first and the latest measure's scores. */
export interface MeasureEnds {
  instrument: InstrumentCode;
  first: Record<string, number>;
  latest: Record<string, number>;
  latestFlags: string[];
}

/** A caseload row: the client's columns and the aggregates the flags are computed from. */
export type DashboardRow = ClientRow & {
  /** The last attended session, an ISO instant. */
  lastSessionAt: string | null;
  sessionsLast30Days: number;
  goalTrend: DashboardRowDto['goalTrend'];
  hasUnsigned: boolean;
  /** A draft of the caller's that their supervisor sent back with a comment. */
  hasReturned: boolean;
  /** A session of a supervisee of the caller's, waiting for the caller's co-signature. */
  awaitingCosign: boolean;
  /** A client-submitted measure no clinician has reviewed yet. */
  hasNewResults: boolean;
  /** A safety alert still open. */
  hasOpenAlert: boolean;
  measureOverdue: boolean;
  measureEnds: MeasureEnds[];
};

/**
 * Sessions, goals, notes and patterns, aggregated in PostgreSQL in one statement: each chart is a
 * json_agg over the client's rows, never a query per goal or session. Dates are UTC days; `from`
 * and `to` null mean the whole course. Exported for the export and the benchmark.
 */
export function progressStatement(clientId: string, practiceId: string, from: string | null, to: string | null): Sql {
  return sql`
WITH s AS (
  SELECT id, started_at, attendance FROM therapy_session
   WHERE client_id = ${clientId} AND practice_id = ${practiceId} AND (${from}::date IS NULL OR started_at >= ${from}::date) AND (${to}::date IS NULL OR started_at < ${to}::date + 1)
)
SELECT
  COALESCE((
    SELECT json_agg(json_build_object(
             'goalId', g.id, 'title', g.title, 'domain', g.domain, 'status', g.status, 'baseline', g.baseline,
             'target', g.target, 'achievedOn', g.achieved_on,
             'points', COALESCE((SELECT json_agg(json_strip_nulls(json_build_object('date', to_char(s.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
                                                                   'rating', r.rating, 'sessionId', s.id, 'comment', r.comment))
                                                 ORDER BY s.started_at)
                                   FROM goal_rating r JOIN s ON s.id = r.session_id WHERE r.goal_id = g.id), '[]'),
             -- The client's own ratings through questionnaire links, a series of their own beside the clinician's.
             'clientPoints', COALESCE((SELECT json_agg(json_build_object('date', cr.rated_on, 'rating', cr.rating, 'invitationId', cr.invitation_id)
                                                       ORDER BY cr.rated_on, cr.created_at)
                                         FROM client_goal_rating cr
                                        WHERE cr.goal_id = g.id AND (${from}::date IS NULL OR cr.rated_on >= ${from}::date)
                                          AND (${to}::date IS NULL OR cr.rated_on <= ${to}::date)), '[]'))
           ORDER BY g.created_at, g.id)
      FROM goal g WHERE g.client_id = ${clientId} AND g.practice_id = ${practiceId}), '[]') AS goals,
  COALESCE((
    SELECT json_agg(json_build_object('month', m.month, 'counts', m.counts) ORDER BY m.month)
      FROM (SELECT month, json_object_agg(approach, n) AS counts
              FROM (SELECT to_char(s.started_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, n.approach, count(*)::int AS n
                      FROM intervention_note n JOIN s ON s.id = n.session_id GROUP BY 1, 2) per
             GROUP BY month) m), '[]') AS approaches,
  COALESCE((
    SELECT json_agg(json_build_object('month', month, 'pattern', pattern, 'meanIntensity', mean) ORDER BY month, pattern)
      FROM (SELECT to_char(s.started_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, p.pattern, round(avg(p.intensity), 2)::float AS mean
              FROM pattern_observation p JOIN s ON s.id = p.session_id GROUP BY 1, 2) per), '[]') AS patterns,
  json_build_object(
    'attended', (SELECT count(*)::int FROM s WHERE attendance = 'attended'),
    'cancelled', (SELECT count(*)::int FROM s WHERE attendance = 'cancelled'),
    'noShow', (SELECT count(*)::int FROM s WHERE attendance = 'no_show')) AS attendance`;
}

/** The second statement: measures in range, oldest first, shaped in measure-series.ts. */
export function measuresInRange(clientId: string, practiceId: string, from: string | null, to: string | null): Sql {
  return sql`
SELECT m.instrument, m.administered_on AS "administeredOn", m.scores, m.band, m.flags FROM measure m
 WHERE m.client_id = ${clientId} AND m.practice_id = ${practiceId} AND (${from}::date IS NULL OR m.administered_on >= ${from}::date) AND (${to}::date IS NULL OR m.administered_on <= ${to}::date)
 ORDER BY m.administered_on, m.created_at`;
}

/** The caseload at a glance, in one statement: per client a few lateral aggregates. `now` is the app's clock. */
export function dashboardStatement(actor: AccessActor, now: Date): Sql {
  return sql`
SELECT ${CLIENT_COLUMNS},
  last.at AS "lastSessionAt",
  (SELECT count(*)::int FROM therapy_session s
    WHERE s.client_id = c.id AND s.attendance = 'attended' AND s.started_at > ${now}::timestamptz - interval '30 days' AND s.started_at <= ${now}) AS "sessionsLast30Days",
  -- The last rated sessions first (backward over the client's sessions index), then their means:
  -- averaging every session before taking the last few cost ~1.7 ms a client.
  COALESCE((SELECT json_agg(json_build_object('date', t.day, 'meanRating', t.mean) ORDER BY t.at)
              FROM (SELECT s.started_at AS at, to_char(s.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
                           (SELECT round(avg(r.rating), 2)::float FROM goal_rating r WHERE r.session_id = s.id) AS mean
                      FROM therapy_session s
                     WHERE s.client_id = c.id AND s.practice_id = c.practice_id
                       AND EXISTS (SELECT 1 FROM goal_rating r WHERE r.session_id = s.id)
                     ORDER BY s.started_at DESC LIMIT ${raw(String(TREND_SESSIONS))}) t), '[]') AS "goalTrend",
  EXISTS (SELECT 1 FROM therapy_session s WHERE s.client_id = c.id AND s.practice_id = c.practice_id AND s.status = 'draft') AS "hasUnsigned",
  -- Both read few rows: drafts and waiting sessions each have a partial index.
  EXISTS (SELECT 1 FROM therapy_session s WHERE s.client_id = c.id AND s.practice_id = c.practice_id AND s.status = 'draft'
             AND s.clinician_id = ${actor.id} AND EXISTS (SELECT 1 FROM session_return sr WHERE sr.session_id = s.id)) AS "hasReturned",
  EXISTS (SELECT 1 FROM therapy_session s JOIN app_user a ON a.id = s.clinician_id
           WHERE s.client_id = c.id AND s.practice_id = c.practice_id AND s.status = 'pending_cosign' AND a.supervisor_id = ${actor.id}) AS "awaitingCosign",
  EXISTS (SELECT 1 FROM measure m WHERE m.client_id = c.id AND m.practice_id = c.practice_id AND m.source = 'client' AND m.reviewed_at IS NULL) AS "hasNewResults",
  EXISTS (SELECT 1 FROM safety_alert a WHERE a.client_id = c.id AND a.practice_id = c.practice_id AND a.status = 'open') AS "hasOpenAlert",
  -- The latest scheduled link expired (or locked) unanswered: the client's (client_id, created_at) index, one row.
  COALESCE((SELECT i.completed_at IS NULL AND i.voided_at IS NULL AND (i.expires_at <= ${now} OR i.locked_at IS NOT NULL)
              FROM invitation i WHERE i.client_id = c.id AND i.practice_id = c.practice_id AND i.source = 'schedule'
             ORDER BY i.created_at DESC LIMIT 1), false) AS "measureOverdue",
  -- Per instrument: the latest measure, and the first one looked up once per instrument.
  COALESCE((SELECT json_agg(json_build_object('instrument', e.instrument, 'first', f.scores, 'latest', e.scores, 'latestFlags', e.flags))
              FROM (SELECT DISTINCT ON (m.instrument) m.instrument, m.scores, m.flags
                      FROM measure m WHERE m.client_id = c.id AND m.practice_id = c.practice_id
                     ORDER BY m.instrument, m.administered_on DESC, m.created_at DESC) e
              CROSS JOIN LATERAL (SELECT fm.scores FROM measure fm WHERE fm.client_id = c.id AND fm.instrument = e.instrument
                                   ORDER BY fm.administered_on, fm.created_at LIMIT 1) f), '[]') AS "measureEnds"
FROM client c
LEFT JOIN LATERAL (SELECT max(s.started_at) AS at FROM therapy_session s
                    WHERE s.client_id = c.id AND s.attendance = 'attended' AND s.started_at <= ${now}) last ON true
WHERE ${visibleClient(actor)} AND c.status = 'active'
ORDER BY c.last_name, c.first_name, c.id`;
}

@Injectable()
export class ProgressRepository {
  constructor(private readonly db: DataSource) {}

  async progress(clientId: string, practiceId: string, from: string | null, to: string | null, db: Db = this.db): Promise<ProgressRow> {
    // Aggregates without GROUP BY: always exactly one row.
    return (await one<ProgressRow>(db, progressStatement(clientId, practiceId, from, to)))!;
  }

  measures(clientId: string, practiceId: string, from: string | null, to: string | null): Promise<MeasureRow[]> {
    return query(this.db, measuresInRange(clientId, practiceId, from, to));
  }

  caseload(actor: AccessActor, now: Date): Promise<DashboardRow[]> {
    return query(this.db, dashboardStatement(actor, now));
  }
}
