import { Injectable } from '@nestjs/common';
import type { DashboardFlag, InstrumentCode } from '@securebase/shared';
import { toCalendarDate } from '@securebase/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { CLIENT_COLUMNS } from '../clients/client-sql';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/request-context';
import { DashboardDto, DashboardRowDto } from './dto/progress.dto';
import { isReliablyWorse } from './measure-series';

const DAY_MS = 86_400_000;
const TREND_SESSIONS = 12;

/** The caseload at a glance, in one statement: per client a few lateral aggregates. */
export const DASHBOARD_SQL = `
SELECT ${CLIENT_COLUMNS},
  last.at AS "lastSessionAt",
  (SELECT count(*)::int FROM therapy_session s
    WHERE s.client_id = c.id AND s.attendance = 'attended' AND s.started_at > $3::timestamptz - interval '30 days' AND s.started_at <= $3) AS "sessionsLast30Days",
  -- The last rated sessions first (backward over the client's sessions index), then their means:
  -- averaging every session before taking the last few cost ~1.7 ms a client.
  COALESCE((SELECT json_agg(json_build_object('date', t.day, 'meanRating', t.mean) ORDER BY t.at)
              FROM (SELECT s.started_at AS at, to_char(s.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
                           (SELECT round(avg(r.rating), 2)::float FROM goal_rating r WHERE r.session_id = s.id) AS mean
                      FROM therapy_session s
                     WHERE s.client_id = c.id AND s.practice_id = c.practice_id
                       AND EXISTS (SELECT 1 FROM goal_rating r WHERE r.session_id = s.id)
                     ORDER BY s.started_at DESC LIMIT ${TREND_SESSIONS}) t), '[]') AS "goalTrend",
  EXISTS (SELECT 1 FROM therapy_session s WHERE s.client_id = c.id AND s.practice_id = c.practice_id AND s.status = 'draft') AS "hasUnsigned",
  -- Per instrument: the latest administration, and the first one looked up once per instrument.
  COALESCE((SELECT json_agg(json_build_object('instrument', e.instrument, 'first', f.scores, 'latest', e.scores, 'latestFlags', e.flags))
              FROM (SELECT DISTINCT ON (m.instrument) m.instrument, m.scores, m.flags
                      FROM measure m WHERE m.client_id = c.id AND m.practice_id = c.practice_id
                     ORDER BY m.instrument, m.administered_on DESC, m.created_at DESC) e
              CROSS JOIN LATERAL (SELECT fm.scores FROM measure fm WHERE fm.client_id = c.id AND fm.instrument = e.instrument
                                   ORDER BY fm.administered_on, fm.created_at LIMIT 1) f), '[]') AS "measureEnds"
FROM client c
LEFT JOIN LATERAL (SELECT max(s.started_at) AS at FROM therapy_session s
                    WHERE s.client_id = c.id AND s.attendance = 'attended' AND s.started_at <= $3) last ON true
WHERE ${AccessService.visibleClient('c', '$1', '$2')} AND c.status = 'active'
ORDER BY c.last_name, c.first_name, c.id`;

interface MeasureEnds {
  instrument: InstrumentCode;
  first: Record<string, number>;
  latest: Record<string, number>;
  latestFlags: string[];
}

interface DashboardRow {
  measureEnds: MeasureEnds[];
  lastSessionAt: Date | null;
  sessionsLast30Days: number;
  goalTrend: DashboardRowDto['goalTrend'];
  hasUnsigned: boolean;
  intakeDate: string;
  [column: string]: unknown;
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async forCaseload(ctx: RequestContext): Promise<DashboardDto> {
    const now = this.clock.now();
    const rows: DashboardRow[] = await this.db.query(DASHBOARD_SQL, [ctx.actor.id, ctx.actor.practiceId, now]);
    const clients = rows.map((row) => {
      const { lastSessionAt, sessionsLast30Days, goalTrend, hasUnsigned, measureEnds, ...client } = row;
      return {
        client: client as unknown as DashboardRowDto['client'],
        lastSessionAt: lastSessionAt ? new Date(lastSessionAt).toISOString() : null,
        sessionsLast30Days,
        goalTrend,
        flags: flagsFor(row, now),
      };
    });
    await this.audit.record(ctx, { action: 'read', entityType: 'dashboard' });
    // Flagged clients first, a safety item above everything, then by name as the query ordered them.
    clients.sort((a, b) => urgency(b.flags) - urgency(a.flags));
    return { clients };
  }
}

const FLAG_WEIGHT: Record<DashboardFlag, number> = { safety_item: 1000, reliably_worse: 100, no_session_30_days: 10, unsigned_notes: 1 };
const urgency = (flags: DashboardFlag[]) => flags.reduce((sum, f) => sum + FLAG_WEIGHT[f], 0);

/** The caseload flags (docs/product.md, "Caseload flags"): from sessions, and from the first and latest questionnaires. */
export function flagsFor(row: Pick<DashboardRow, 'lastSessionAt' | 'hasUnsigned' | 'intakeDate'> & { measureEnds?: MeasureEnds[] }, now: Date): DashboardFlag[] {
  const flags: DashboardFlag[] = [];
  const monthAgo = now.getTime() - 30 * DAY_MS;
  // A client who started less than 30 days ago is not "missing" sessions yet.
  const lastContact = row.lastSessionAt ? new Date(row.lastSessionAt).getTime() : null;
  if ((lastContact ?? 0) < monthAgo && row.intakeDate < toCalendarDate(new Date(monthAgo))) flags.push('no_session_30_days');
  if (row.hasUnsigned) flags.push('unsigned_notes');
  const ends = row.measureEnds ?? [];
  if (isReliablyWorse(ends)) flags.push('reliably_worse');
  // PHQ-9 item 9 above 0 on the latest PHQ-9 (docs/product.md, "Questionnaires"); an older one
  // resolved by a later 0 no longer flags.
  if (ends.some((e) => e.instrument === 'phq9' && e.latestFlags.includes('safety_item'))) flags.push('safety_item');
  return flags;
}
