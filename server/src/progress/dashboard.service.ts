import { Injectable } from '@nestjs/common';
import type { DashboardFlag } from '@securebase/shared';
import { toCalendarDate } from '@securebase/shared';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/request-context';
import type { DashboardDto } from './dto/progress.dto';
import { isReliablyWorse } from './measure-series';
import { DashboardRow, MeasureEnds, ProgressRepository } from './progress.repository';

const DAY_MS = 86_400_000;

@Injectable()
export class DashboardService {
  constructor(
    private readonly progress: ProgressRepository,
    private readonly clock: Clock,
  ) {}

  async forCaseload(ctx: RequestContext): Promise<DashboardDto> {
    const now = this.clock.now();
    const rows = await this.progress.caseload(ctx.actor, now);
    const clients = rows.map((row) => {
      const {
        lastSessionAt,
        sessionsLast30Days,
        goalTrend,
        hasUnsigned,
        hasReturned,
        awaitingCosign,
        hasNewResults,
        hasOpenAlert,
        measureOverdue,
        measureEnds,
        ...client
      } = row;
      return {
        client,
        lastSessionAt,
        sessionsLast30Days,
        goalTrend,
        flags: flagsFor(row, now),
      };
    });
    // Flagged clients first, a safety item above everything, then by name as the query ordered them.
    clients.sort((a, b) => urgency(b.flags) - urgency(a.flags));
    return { clients };
  }
}

// An open safety alert outweighs everything else together: it stays first until resolved.
const FLAG_WEIGHT: Record<DashboardFlag, number> = {
  safety_alert: 10_000,
  new_results: 3,
  measure_overdue: 4,
  safety_item: 1000,
  reliably_worse: 100,
  no_session_30_days: 10,
  returned_notes: 5,
  awaiting_cosign: 2,
  unsigned_notes: 1,
};
const urgency = (flags: DashboardFlag[]) => flags.reduce((sum, f) => sum + FLAG_WEIGHT[f], 0);

/** The caseload flags (docs/product.md, "Caseload flags"): from sessions, and from the first and latest questionnaires. */
export function flagsFor(
  row: Pick<DashboardRow, 'lastSessionAt' | 'hasUnsigned' | 'intakeDate'> &
    Partial<Pick<DashboardRow, 'hasReturned' | 'awaitingCosign' | 'hasNewResults' | 'hasOpenAlert' | 'measureOverdue'>> & {
      measureEnds?: MeasureEnds[];
    },
  now: Date,
): DashboardFlag[] {
  const flags: DashboardFlag[] = [];
  const monthAgo = now.getTime() - 30 * DAY_MS;
  // A client who started less than 30 days ago is not "missing" sessions yet.
  const lastContact = row.lastSessionAt ? Date.parse(row.lastSessionAt) : null;
  if ((lastContact ?? 0) < monthAgo && row.intakeDate < toCalendarDate(new Date(monthAgo))) flags.push('no_session_30_days');
  if (row.hasUnsigned) flags.push('unsigned_notes');
  if (row.hasReturned) flags.push('returned_notes');
  if (row.awaitingCosign) flags.push('awaiting_cosign');
  if (row.hasNewResults) flags.push('new_results');
  if (row.hasOpenAlert) flags.push('safety_alert');
  if (row.measureOverdue) flags.push('measure_overdue');
  const ends = row.measureEnds ?? [];
  if (isReliablyWorse(ends)) flags.push('reliably_worse');
  // PHQ-9 item 9 above 0 on the latest PHQ-9 (docs/product.md, "Questionnaires"); an older one
  // resolved by a later 0 no longer flags.
  if (ends.some((e) => e.instrument === 'phq9' && e.latestFlags.includes('safety_item'))) flags.push('safety_item');
  return flags;
}
