import {
  APPROACH_INFO,
  Approach,
  AttachmentStyle,
  Attendance,
  ClientStatus,
  GoalDomain,
  GoalStatus,
  InstrumentCode,
  Modality,
  PresentingPattern,
  SessionStatus,
  Setting,
} from '@securebase/shared';
import type { MeasureSeriesDto } from '../progress/dto/progress.dto';

// The case as the four renderers see it: loaded once (case-summary.loader.ts), stripped of free text when notes are
// not asked for (withoutNotes), so no renderer can leak a note it was never given.

export interface SummaryPerson {
  id: string;
  name: string;
}

export interface SummaryClient {
  id: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  pronouns: string | null;
  attachmentStyle: AttachmentStyle;
  presentingPatterns: PresentingPattern[];
  intakeDate: string;
  status: ClientStatus;
  dischargedOn: string | null;
  /** Free text. */
  dischargeReason: string | null;
}

export interface SummaryGoalPoint {
  date: string;
  rating: number;
  sessionId: string;
  /** Free text. */
  comment?: string | null;
}

export interface SummaryGoal {
  id: string;
  /** "G1", "G2"… in the order the goals were set: the key that ties the session log to the goal table and chart. */
  key: string;
  title: string;
  domain: GoalDomain;
  status: GoalStatus;
  baseline: number;
  target: number;
  startedOn: string;
  achievedOn: string | null;
  /** Free text. */
  description: string | null;
  /** Ratings inside the period, oldest first. */
  points: SummaryGoalPoint[];
  /** The client's own ratings through questionnaire links, inside the period, oldest first; apart from the clinician's. */
  clientPoints: SummaryClientGoalPoint[];
}

export interface SummaryClientGoalPoint {
  date: string;
  rating: number;
  invitationId: string;
}

export interface SummaryIntervention {
  id: string;
  approach: Approach;
  /** Suggested techniques are vocabulary; anything else the clinician typed is free text. */
  techniques: string[];
  /** Free text. */
  note: string | null;
  goalIds: string[];
}

export interface SummaryAddendum {
  id: string;
  authorName: string;
  createdAt: string;
  /** Free text. */
  text: string;
}

export interface SummarySession {
  id: string;
  startedAt: string;
  /** UTC calendar day, like every other date in the summary. */
  date: string;
  durationMinutes: number;
  modality: Modality;
  setting: Setting;
  attendance: Attendance;
  status: SessionStatus;
  signedAt: string | null;
  /** The supervisor who co-signed, and when; null for a session that needed no co-signature. */
  cosigner: SummaryPerson | null;
  cosignedAt: string | null;
  clinicianId: string;
  /** Free text. */
  summary: string | null;
  /** Free text. */
  plan: string | null;
  goalRatings: { goalId: string; rating: number; comment: string | null }[];
  patterns: { pattern: PresentingPattern; intensity: number }[];
  interventions: SummaryIntervention[];
  addenda: SummaryAddendum[];
}

export interface SummaryMeasure {
  id: string;
  instrument: InstrumentCode;
  administeredOn: string;
  scores: Record<string, number>;
  band: string | null;
  flags: string[];
  sessionId: string | null;
}

export interface CaseSummary {
  producedAt: string;
  /** What was asked for (null: open-ended), as the audit event records it. */
  requested: { from: string | null; to: string | null };
  /** The days the summary covers, for people: the requested range with its open ends filled in. */
  period: { from: string; to: string };
  includeNotes: boolean;
  practice: { id: string; name: string };
  client: SummaryClient;
  clinician: SummaryPerson;
  /** Everyone who appears as a clinician of a session in the period, the primary clinician first. */
  practitioners: SummaryPerson[];
  goals: SummaryGoal[];
  /** Oldest first. */
  sessions: SummarySession[];
  /** Oldest first. */
  measures: SummaryMeasure[];
  /** Series with reliable change between the first and latest score in the period (progress/measure-series.ts). */
  series: MeasureSeriesDto[];
  attendance: { attended: number; cancelled: number; noShow: number };
}

const SUGGESTED_TECHNIQUES = new Set(Object.values(APPROACH_INFO).flatMap((a) => a.techniques.map((t) => t.toLowerCase())));

/**
 * The case with every piece of free text removed: session summaries and plans, intervention notes, rating comments,
 * addenda, goal descriptions, the discharge reason and techniques typed outside the suggested list. Goal titles stay:
 * they name the goals and are what the ratings are ratings of.
 */
export function withoutNotes(c: CaseSummary): CaseSummary {
  return {
    ...c,
    includeNotes: false,
    client: { ...c.client, dischargeReason: null },
    goals: c.goals.map((g) => ({ ...g, description: null, points: g.points.map(({ comment: _comment, ...p }) => p) })),
    sessions: c.sessions.map((s) => ({
      ...s,
      summary: null,
      plan: null,
      addenda: [],
      goalRatings: s.goalRatings.map((r) => ({ ...r, comment: null })),
      interventions: s.interventions.map((n) => ({
        ...n,
        note: null,
        techniques: n.techniques.filter((t) => SUGGESTED_TECHNIQUES.has(t.toLowerCase())),
      })),
    })),
  };
}

// Derived facts every renderer shows the same way.

export function clientName(c: SummaryClient): string {
  return `${c.firstName} ${c.lastName}`;
}

export function practitionerName(c: CaseSummary, id: string): string {
  return c.practitioners.find((p) => p.id === id)?.name ?? 'Unknown clinician';
}

/** The signature column of the session log: signed, waiting for the supervisor, or a draft. */
export function signatureStatus(s: Pick<SummarySession, 'status'>): string {
  return s.status === 'signed' ? 'Yes' : s.status === 'pending_cosign' ? 'Waiting for co-signature' : 'Draft';
}

/** "Co-signed by Sam Okafor on 3 Mar 2026", or null; `day` formats the instant as the renderer shows days. */
export function cosignLine(s: Pick<SummarySession, 'cosigner' | 'cosignedAt'>, day: (iso: string) => string): string | null {
  return s.cosigner && s.cosignedAt ? `Co-signed by ${s.cosigner.name} on ${day(s.cosignedAt)}` : null;
}

export interface GoalFacts {
  first: SummaryGoalPoint | null;
  latest: SummaryGoalPoint | null;
  /** Latest minus first rating in the period. */
  change: number | null;
}

export function goalFacts(g: SummaryGoal): GoalFacts {
  const first = g.points[0] ?? null;
  const latest = g.points[g.points.length - 1] ?? null;
  return { first, latest, change: first && latest ? latest.rating - first.rating : null };
}

/** Share of scheduled sessions attended, in whole percent; null with nothing scheduled. */
export function attendanceRate(a: CaseSummary['attendance']): number | null {
  const total = a.attended + a.cancelled + a.noShow;
  return total ? Math.round((a.attended / total) * 100) : null;
}

/** Intervention notes per approach, in the vocabulary's order, each note with its session's day. */
export function notesByApproach(c: CaseSummary): { approach: Approach; notes: (SummaryIntervention & { date: string })[] }[] {
  const groups = new Map<Approach, (SummaryIntervention & { date: string })[]>();
  for (const code of Object.keys(APPROACH_INFO) as Approach[]) groups.set(code, []);
  for (const s of c.sessions) for (const n of s.interventions) groups.get(n.approach)!.push({ ...n, date: s.date });
  return [...groups].filter(([, notes]) => notes.length).map(([approach, notes]) => ({ approach, notes }));
}

/** Interventions per approach, most used first, with the techniques used, most used first (`heightening ×12`). */
export function approachFacts(c: CaseSummary): { approach: Approach; count: number; techniques: string }[] {
  return notesByApproach(c)
    .map(({ approach, notes }) => {
      const counts = new Map<string, number>();
      for (const n of notes) for (const t of n.techniques) counts.set(t, (counts.get(t) ?? 0) + 1);
      const techniques = [...counts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([t, k]) => (k > 1 ? `${t} ×${k}` : t))
        .join(', ');
      return { approach, count: notes.length, techniques };
    })
    .sort((a, b) => b.count - a.count);
}

/** Sessions in which each presenting pattern was observed, with mean and latest intensity. */
export function patternFacts(
  c: CaseSummary,
): { pattern: PresentingPattern; sessions: number; meanIntensity: number; latest: { date: string; intensity: number } }[] {
  const byPattern = new Map<PresentingPattern, { date: string; intensity: number }[]>();
  for (const s of c.sessions) {
    for (const p of s.patterns) {
      const list = byPattern.get(p.pattern) ?? [];
      list.push({ date: s.date, intensity: p.intensity });
      byPattern.set(p.pattern, list);
    }
  }
  return [...byPattern].map(([pattern, list]) => ({
    pattern,
    sessions: list.length,
    meanIntensity: Math.round((list.reduce((sum, x) => sum + x.intensity, 0) / list.length) * 10) / 10,
    latest: list[list.length - 1],
  }));
}
