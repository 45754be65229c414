import { Injectable } from '@nestjs/common';
import { INSTRUMENT_CODES, INSTRUMENTS, reliableChangeOnScale } from '@securebase/shared';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/request-context';
import type { PrepDto, PrepGoalDto, PrepMeasureDto } from './dto/prep.dto';
import { goalTrend, TREND_WINDOW } from './goal-trend';
import { PrepGoalRow, PrepInstrumentRow, PrepRepository } from './prep.repository';

@Injectable()
export class PrepService {
  constructor(
    private readonly prep: PrepRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * One statement (visiblePrepStatement): the access check, the route's `read` event and the whole
   * panel. The panel is read on every visit before a session, so its round trips are worth folding
   * (docs/decisions.md); the rule is still AccessService's and the event still the route's `@Audited`.
   */
  async forClient(ctx: RequestContext, clientId: string): Promise<PrepDto> {
    const row = await this.access.readClient(ctx, clientId, (visible) =>
      this.prep.prep(clientId, ctx.actor.practiceId, this.clock.now(), visible, (clients) => this.audit.readInStatement(clients)),
    );
    return {
      lastSession: row.lastSessionId ? { id: row.lastSessionId, startedAt: row.lastSessionAt!, plan: row.lastSessionPlan } : null,
      measures: prepMeasures(row.instruments, row.lastSessionDay),
      goals: row.goals.map(prepGoal),
      // PostgreSQL's JSON text for an instant (…+00:00) → the API's ISO form, as every other instant travels.
      openAlerts: row.openAlerts.map((a) => ({ ...a, raisedAt: new Date(a.raisedAt).toISOString() })),
      unreviewed: row.unreviewed,
      unsignedSessions: row.unsignedSessions,
      nextDue: row.nextDue,
    };
  }
}

/**
 * Per instrument scale: the latest score (with its band on the banded scale), the one before it and
 * which way it moved, whether it came in after the day of the last attended session, and the
 * reliable-change verdict first → latest from the shared scoring code. The most recent first.
 */
export function prepMeasures(rows: PrepInstrumentRow[], lastSessionDay: string | null): PrepMeasureDto[] {
  const out: PrepMeasureDto[] = [];
  for (const { instrument, recent, firstScores } of rows) {
    const definition = INSTRUMENTS[instrument];
    const [latest, previous] = recent;
    for (const scale of definition.scales) {
      const score = latest.scores[scale.code];
      if (typeof score !== 'number') continue;
      const before = previous && typeof previous.scores[scale.code] === 'number' ? previous.scores[scale.code] : null;
      const first = firstScores[scale.code];
      out.push({
        instrument,
        scale: scale.code,
        latest: {
          measureId: latest.id,
          date: latest.date,
          score,
          band: definition.bandScale === scale.code ? latest.band : null,
          source: latest.source,
        },
        previous: before === null ? null : { measureId: previous.id, date: previous.date, score: before },
        direction: before === null ? null : score > before ? 'up' : score < before ? 'down' : 'same',
        sinceLastSession: lastSessionDay === null || latest.date > lastSessionDay,
        reliableChange: recent.length > 1 && typeof first === 'number' ? reliableChangeOnScale(instrument, scale.code, first, score) : null,
      });
    }
  }
  const order = (m: PrepMeasureDto) => INSTRUMENT_CODES.indexOf(m.instrument);
  // Stable sort: within an instrument its scales keep the definition's order.
  return out.sort((a, b) => (a.latest.date === b.latest.date ? order(a) - order(b) : a.latest.date < b.latest.date ? 1 : -1));
}

function prepGoal(row: PrepGoalRow): PrepGoalDto {
  return {
    goalId: row.goalId,
    title: row.title,
    baseline: row.baseline,
    target: row.target,
    lastRatings: row.ratings.slice(0, TREND_WINDOW),
    clientLatest: row.clientLatest,
    trend: goalTrend(
      row.ratings.map((r) => r.rating),
      row,
    ),
  };
}
