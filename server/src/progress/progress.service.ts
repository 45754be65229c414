import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { checkDateRange } from '../common/date-range';
import type { RequestContext } from '../common/request-context';
import { ProgressDto, ProgressQuery } from './dto/progress.dto';
import { measureSeries } from './measure-series';

/**
 * Sessions, goals, notes and patterns, aggregated in PostgreSQL in one statement: each chart is a
 * json_agg over the client's rows, never a query per goal or session. Dates are UTC days.
 */
export const PROGRESS_SQL = `
WITH s AS (
  SELECT id, started_at, attendance FROM therapy_session
   WHERE client_id = $1 AND practice_id = $4 AND ($2::date IS NULL OR started_at >= $2::date) AND ($3::date IS NULL OR started_at < $3::date + 1)
)
SELECT
  COALESCE((
    SELECT json_agg(json_build_object(
             'goalId', g.id, 'title', g.title, 'domain', g.domain, 'status', g.status, 'baseline', g.baseline,
             'target', g.target, 'achievedOn', g.achieved_on,
             'points', COALESCE((SELECT json_agg(json_strip_nulls(json_build_object('date', to_char(s.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
                                                                   'rating', r.rating, 'sessionId', s.id, 'comment', r.comment))
                                                 ORDER BY s.started_at)
                                   FROM goal_rating r JOIN s ON s.id = r.session_id WHERE r.goal_id = g.id), '[]'))
           ORDER BY g.created_at, g.id)
      FROM goal g WHERE g.client_id = $1 AND g.practice_id = $4), '[]') AS goals,
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

/** The second statement: questionnaire administrations in range, oldest first, shaped in measure-series.ts. */
export const MEASURES_SQL = `
SELECT m.instrument, m.administered_on AS "administeredOn", m.scores, m.band, m.flags FROM measure m
 WHERE m.client_id = $1 AND m.practice_id = $4 AND ($2::date IS NULL OR m.administered_on >= $2::date) AND ($3::date IS NULL OR m.administered_on <= $3::date)
 ORDER BY m.administered_on, m.created_at`;

@Injectable()
export class ProgressService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async forClient(ctx: RequestContext, clientId: string, q: ProgressQuery): Promise<ProgressDto> {
    checkDateRange(q);
    await this.access.requireClient(ctx, clientId, 'read');
    const range = [clientId, q.from ?? null, q.to ?? null, ctx.actor.practiceId];
    const [[row], measureRows] = await Promise.all([this.db.query(PROGRESS_SQL, range), this.db.query(MEASURES_SQL, range)]);
    await this.audit.record(ctx, { action: 'read', entityType: 'progress', clientId });
    const { measures, attachment } = measureSeries(measureRows);
    return { goals: row.goals, measures, attachment, approaches: row.approaches, patterns: row.patterns, attendance: row.attendance };
  }
}
