import { Injectable } from '@nestjs/common';
import { toCalendarDate } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { NotFound } from '../common/errors';
import { measureSeries } from '../progress/measure-series';
import type { SessionRow } from '../sessions/sessions.repository';
import type { CaseSummary, SummaryGoal, SummaryPerson, SummarySession } from './case-summary';
import { ExportRepository } from './export.repository';

/**
 * The export's case for a period, read in one repeatable-read snapshot so the four formats never mix two states
 * of the record. Six statements (export.repository.ts) whatever the length of the course. No access check
 * and no audit here: the caller (ExportService) has done the one and writes the other.
 */
@Injectable()
export class CaseSummaryLoader {
  constructor(
    private readonly db: DataSource,
    private readonly repository: ExportRepository,
    private readonly clock: Clock,
  ) {}

  load(practiceId: string, clientId: string, from: string | null, to: string | null): Promise<CaseSummary> {
    return this.db.transaction('REPEATABLE READ', (tx) => this.read(tx, practiceId, clientId, from, to));
  }

  private async read(tx: EntityManager, practiceId: string, clientId: string, from: string | null, to: string | null): Promise<CaseSummary> {
    const repo = this.repository;
    await repo.readOnly(tx);
    const producedAt = this.clock.now();
    const clientRow = await repo.client(tx, clientId, practiceId);
    if (!clientRow) throw new NotFound('Client');
    const sessionRows = await repo.sessions(tx, clientId, practiceId, from, to);
    const progress = await repo.progress(tx, clientId, practiceId, from, to);
    const measureRows = await repo.measures(tx, clientId, practiceId, from, to);
    const details = await repo.goalDetails(tx, clientId, practiceId);

    const clinician = clientRow.clinician;
    const otherIds = [...new Set(sessionRows.map((s) => s.clinicianId))].filter((id) => id !== clinician.id);
    const others = otherIds.length ? await repo.people(tx, otherIds) : [];
    const cosignerIds = [...new Set(sessionRows.map((s) => s.cosignedBy).filter((id): id is string => id !== null))];
    const cosigners = new Map((cosignerIds.length ? await repo.people(tx, cosignerIds) : []).map((p) => [p.id, p]));

    const sessions = sessionRows.map((s) => toSession(s, cosigners));
    const detailOf = new Map(details.map((d) => [d.id, d]));
    const goals: SummaryGoal[] = progress.goals.map(({ goalId, ...g }, i) => ({
      ...g,
      id: goalId,
      key: `G${i + 1}`,
      startedOn: detailOf.get(goalId)?.startedOn ?? g.points[0]?.date ?? '',
      description: detailOf.get(goalId)?.description ?? null,
    }));
    const measures = measureRows.map((m) => ({ ...m, flags: m.flags ?? [] }));
    const firstDay = [clientRow.intakeDate, sessions[0]?.date, measures[0]?.administeredOn].filter(Boolean).sort()[0];
    // Open-ended: up to today, or for a discharged client up to the discharge (or the last record, if later).
    const lastDay = clientRow.dischargedOn
      ? [clientRow.dischargedOn, sessions[sessions.length - 1]?.date, measures[measures.length - 1]?.administeredOn].filter(Boolean).sort().pop()!
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

function toSession(s: SessionRow, cosigners: Map<string, SummaryPerson>): SummarySession {
  const startedAt = s.startedAt;
  return {
    id: s.id,
    startedAt,
    date: startedAt.slice(0, 10),
    durationMinutes: s.durationMinutes,
    modality: s.modality,
    setting: s.setting,
    attendance: s.attendance,
    status: s.status,
    signedAt: s.signedAt,
    cosigner: s.cosignedBy ? (cosigners.get(s.cosignedBy) ?? { id: s.cosignedBy, name: 'Unknown supervisor' }) : null,
    cosignedAt: s.cosignedAt,
    clinicianId: s.clinicianId,
    summary: s.summary,
    plan: s.plan,
    goalRatings: s.goalRatings,
    patterns: s.patterns,
    interventions: s.interventions.map((n) => ({ ...n, techniques: n.techniques ?? [], goalIds: n.goalIds ?? [] })),
    // Inside json_agg an instant is PostgreSQL's JSON text, not the ISO text of a column: normalised here.
    addenda: s.addenda.map((a) => ({ id: a.id, authorName: a.authorName, createdAt: new Date(a.createdAt).toISOString(), text: a.text })),
  };
}
