import { Injectable } from '@nestjs/common';
import type { DashboardFlag } from '@securebase/shared';
import { toCalendarDate } from '@securebase/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { CLIENT_COLUMNS } from '../clients/client-sql';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/request-context';
import { DashboardDto, DashboardRowDto } from './dto/progress.dto';

const DAY_MS = 86_400_000;
const TREND_SESSIONS = 12;

/** The caseload at a glance, in one statement: per client a few lateral aggregates. */
const DASHBOARD_SQL = `
SELECT ${CLIENT_COLUMNS},
  last.at AS "lastSessionAt",
  (SELECT count(*)::int FROM therapy_session s
    WHERE s.client_id = c.id AND s.attendance = 'attended' AND s.started_at > $3::timestamptz - interval '30 days' AND s.started_at <= $3) AS "sessionsLast30Days",
  COALESCE((SELECT json_agg(json_build_object('date', t.day, 'meanRating', t.mean) ORDER BY t.at)
              FROM (SELECT s.started_at AS at, to_char(s.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, round(avg(r.rating), 2)::float AS mean
                      FROM therapy_session s JOIN goal_rating r ON r.session_id = s.id
                     WHERE s.client_id = c.id GROUP BY s.id ORDER BY s.started_at DESC LIMIT ${TREND_SESSIONS}) t), '[]') AS "goalTrend",
  EXISTS (SELECT 1 FROM therapy_session s WHERE s.client_id = c.id AND s.status = 'draft') AS "hasUnsigned"
FROM client c
LEFT JOIN LATERAL (SELECT max(s.started_at) AS at FROM therapy_session s
                    WHERE s.client_id = c.id AND s.attendance = 'attended' AND s.started_at <= $3) last ON true
WHERE ${AccessService.visibleClient('c', '$1', '$2')} AND c.status = 'active'
ORDER BY c.last_name, c.first_name, c.id`;

interface DashboardRow {
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
      const { lastSessionAt, sessionsLast30Days, goalTrend, hasUnsigned, ...client } = row;
      return {
        client: client as unknown as DashboardRowDto['client'],
        lastSessionAt: lastSessionAt ? new Date(lastSessionAt).toISOString() : null,
        sessionsLast30Days,
        goalTrend,
        flags: flagsFor(row, now),
      };
    });
    await this.audit.record(ctx, { action: 'read', entityType: 'dashboard' });
    // Flagged clients first (most flags first), then by name as the query ordered them.
    clients.sort((a, b) => b.flags.length - a.flags.length);
    return { clients };
  }
}

/** The caseload flags that can be known from sessions (questionnaire flags join with measures). */
export function flagsFor(row: Pick<DashboardRow, 'lastSessionAt' | 'hasUnsigned' | 'intakeDate'>, now: Date): DashboardFlag[] {
  const flags: DashboardFlag[] = [];
  const monthAgo = now.getTime() - 30 * DAY_MS;
  // A client who started less than 30 days ago is not "missing" sessions yet.
  const lastContact = row.lastSessionAt ? new Date(row.lastSessionAt).getTime() : null;
  if ((lastContact ?? 0) < monthAgo && row.intakeDate < toCalendarDate(new Date(monthAgo))) flags.push('no_session_30_days');
  if (row.hasUnsigned) flags.push('unsigned_notes');
  return flags;
}
