import { Injectable } from '@nestjs/common';
import { toCalendarDate } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { CLIENT_COLUMNS } from '../clients/client-sql';
import { Clock } from '../common/clock';
import { NotFound } from '../common/errors';
import { MEASURE_COLUMNS } from '../measures/measures.service';
import { measureSeries } from '../progress/measure-series';
import { PROGRESS_SQL } from '../progress/progress.service';
import { SESSION_COLUMNS } from '../sessions/session-sql';
import type { CaseSummary, SummaryGoal, SummaryMeasure, SummarySession } from './case-summary';

const CLIENT_SQL = `
SELECT ${CLIENT_COLUMNS}, c.discharge_reason AS "dischargeReason",
       json_build_object('id', p.id, 'name', p.name) AS practice,
       json_build_object('id', u.id, 'name', u.display_name) AS clinician
  FROM client c JOIN practice p ON p.id = c.practice_id JOIN app_user u ON u.id = c.primary_clinician_id
 WHERE c.id = $1 AND c.practice_id = $2`;

// Same range rule as the progress endpoint: UTC days, both ends included.
const SESSIONS_SQL = `
SELECT ${SESSION_COLUMNS} FROM therapy_session s
 WHERE s.client_id = $1 AND s.practice_id = $4 AND ($2::date IS NULL OR s.started_at >= $2::date) AND ($3::date IS NULL OR s.started_at < $3::date + 1)
 ORDER BY s.started_at, s.id`;

const MEASURES_SQL = `
SELECT ${MEASURE_COLUMNS} FROM measure m
 WHERE m.client_id = $1 AND m.practice_id = $4 AND ($2::date IS NULL OR m.administered_on >= $2::date) AND ($3::date IS NULL OR m.administered_on <= $3::date)
 ORDER BY m.administered_on, m.created_at`;

/** What PROGRESS_SQL leaves out of a goal and a summary needs: when it was set and its description. */
const GOAL_DETAILS_SQL = `SELECT g.id, g.started_on AS "startedOn", g.description FROM goal g WHERE g.client_id = $1 AND g.practice_id = $2`;

const PEOPLE_SQL = `SELECT u.id, u.display_name AS name FROM app_user u WHERE u.id = ANY($1::uuid[])`;

/**
 * The query layer of the export: the whole case for a period, read in one repeatable-read snapshot so the four
 * formats never mix two states of the record. Six statements whatever the length of the course. No access check
 * and no audit here: the caller (ExportService) has done the one and writes the other.
 */
@Injectable()
export class CaseSummaryLoader {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  load(practiceId: string, clientId: string, from: string | null, to: string | null): Promise<CaseSummary> {
    return this.db.transaction('REPEATABLE READ', (tx) => this.read(tx, practiceId, clientId, from, to));
  }

  private async read(tx: EntityManager, practiceId: string, clientId: string, from: string | null, to: string | null): Promise<CaseSummary> {
    await tx.query('SET TRANSACTION READ ONLY');
    const producedAt = this.clock.now();
    const range = [clientId, from, to, practiceId];
    const [clientRow] = await tx.query(CLIENT_SQL, [clientId, practiceId]);
    if (!clientRow) throw new NotFound('Client');
    const sessionRows: RawSession[] = await tx.query(SESSIONS_SQL, range);
    const [progress] = await tx.query(PROGRESS_SQL, range);
    const measureRows: SummaryMeasure[] = await tx.query(MEASURES_SQL, range);
    const details: { id: string; startedOn: string; description: string | null }[] = await tx.query(GOAL_DETAILS_SQL, [clientId, practiceId]);

    const clinician = clientRow.clinician as { id: string; name: string };
    const otherIds = [...new Set(sessionRows.map((s) => s.clinicianId))].filter((id) => id !== clinician.id);
    const others: { id: string; name: string }[] = otherIds.length ? await tx.query(PEOPLE_SQL, [otherIds]) : [];

    const sessions = sessionRows.map(toSession);
    const detailOf = new Map(details.map((d) => [d.id, d]));
    const goals: SummaryGoal[] = (progress.goals as ProgressGoal[]).map(({ goalId, ...g }, i) => ({
      ...g,
      id: goalId,
      key: `G${i + 1}`,
      startedOn: detailOf.get(goalId)?.startedOn ?? g.points[0]?.date ?? '',
      description: detailOf.get(goalId)?.description ?? null,
    }));
    const measures = measureRows.map((m) => ({ ...m, flags: m.flags ?? [] }));
    const firstDay = [clientRow.intakeDate as string, sessions[0]?.date, measures[0]?.administeredOn].filter(Boolean).sort()[0];
    // Open-ended: up to today, or for a discharged client up to the discharge (or the last record, if later).
    const lastDay = clientRow.dischargedOn
      ? [clientRow.dischargedOn as string, sessions[sessions.length - 1]?.date, measures[measures.length - 1]?.administeredOn].filter(Boolean).sort().pop()!
      : toCalendarDate(producedAt);
    return {
      producedAt: producedAt.toISOString(),
      requested: { from, to },
      period: { from: from ?? firstDay, to: to ?? lastDay },
      includeNotes: true,
      practice: clientRow.practice,
      client: {
        id: clientRow.id,
        firstName: clientRow.firstName,
        lastName: clientRow.lastName,
        preferredName: clientRow.preferredName,
        dateOfBirth: clientRow.dateOfBirth,
        pronouns: clientRow.pronouns,
        attachmentStyle: clientRow.attachmentStyle,
        presentingPatterns: clientRow.presentingPatterns ?? [],
        intakeDate: clientRow.intakeDate,
        status: clientRow.status,
        dischargedOn: clientRow.dischargedOn,
        dischargeReason: clientRow.dischargeReason,
      },
      clinician,
      practitioners: [clinician, ...others.sort((a, b) => a.name.localeCompare(b.name))],
      goals,
      sessions,
      measures,
      series: measureSeries(measures).measures,
      attendance: progress.attendance,
    };
  }
}

/** A goal as PROGRESS_SQL shapes it. */
type ProgressGoal = Omit<SummaryGoal, 'id' | 'key' | 'startedOn' | 'description'> & { goalId: string };

type RawSession = Omit<SummarySession, 'startedAt' | 'date' | 'signedAt'> & { startedAt: Date | string; signedAt: Date | string | null };

function toSession(s: RawSession): SummarySession {
  const startedAt = new Date(s.startedAt).toISOString();
  return {
    id: s.id,
    startedAt,
    date: startedAt.slice(0, 10),
    durationMinutes: s.durationMinutes,
    modality: s.modality,
    setting: s.setting,
    attendance: s.attendance,
    status: s.status,
    signedAt: s.signedAt ? new Date(s.signedAt).toISOString() : null,
    clinicianId: s.clinicianId,
    summary: s.summary,
    plan: s.plan,
    goalRatings: s.goalRatings,
    patterns: s.patterns,
    interventions: s.interventions.map((n) => ({ ...n, techniques: n.techniques ?? [], goalIds: n.goalIds ?? [] })),
    addenda: s.addenda.map((a) => ({ id: a.id, authorName: a.authorName, createdAt: new Date(a.createdAt).toISOString(), text: a.text })),
  };
}
