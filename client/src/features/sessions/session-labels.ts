// Words for a session's fields. Modality, setting and attendance words are shared with the exports
// (shared/src/vocabulary.ts) and re-exported here for the screens; the rest are the screens' own.
import {
  APPROACH_INFO,
  APPROACHES,
  MODALITY_LABELS,
  PATTERN_INTENSITY_MAX,
  SETTING_LABELS,
  type Approach,
  type Modality,
  type SessionStatus,
  type Setting,
} from '@securebase/shared';
import { formatInstant } from '../../lib/dates';

export { ATTENDANCE_LABELS, MODALITY_LABELS, SETTING_LABELS } from '@securebase/shared';

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  draft: 'Draft',
  pending_cosign: 'Waiting for co-signature',
  signed: 'Signed',
};

/** What the signature line under a session's title says: who signed, who co-signed, what it waits for. */
export function signatureLine(
  s: {
    status: SessionStatus;
    signedAt: string | null;
    signedBy: string | null;
    submittedAt: string | null;
    cosignedAt: string | null;
    cosignedBy: string | null;
  },
  userId: string,
  nameOf: (id: string) => string | null,
): string {
  const who = (id: string | null) => (id === userId ? 'you' : ((id && nameOf(id)) ?? 'a colleague'));
  if (s.status === 'pending_cosign')
    return `Signed${s.submittedAt ? ` ${formatInstant(s.submittedAt)}` : ''}; waiting for the supervisor's co-signature`;
  if (s.status !== 'signed' || !s.signedAt) return 'Not signed yet';
  const signed = `Signed ${formatInstant(s.signedAt)} by ${who(s.signedBy)}`;
  return s.cosignedAt ? `${signed}; co-signed ${formatInstant(s.cosignedAt)} by ${who(s.cosignedBy)}` : signed;
}

/** The note after signing: a trainee's signature is not the end of it. */
export function signedMessage(status: SessionStatus): string {
  return status === 'pending_cosign' ? 'Session signed. It now waits for your supervisor\u2019s co-signature.' : 'Session signed.';
}

export const SIGNING_WARNING = 'Signed notes can no longer be changed; later corrections can only be added as addenda.';

/** The approaches of a session's notes, each once, in the fixed order of the vocabulary. */
export function approachesOf(interventions: readonly { approach: Approach }[]): Approach[] {
  const used = new Set(interventions.map((n) => n.approach));
  return APPROACHES.filter((a) => used.has(a));
}

/** "50 min · Individual · Telehealth" */
export function sessionFacts(session: { durationMinutes: number; modality: Modality; setting: Setting }): string {
  return `${session.durationMinutes} min · ${MODALITY_LABELS[session.modality]} · ${SETTING_LABELS[session.setting]}`;
}

export function intensityWords(intensity: number): string {
  return `intensity ${intensity} of ${PATTERN_INTENSITY_MAX}`;
}

/** "Session of 2 Mar 2026, 15:00" for headings and page titles. */
export function sessionTitle(startedAt: string): string {
  return `Session of ${formatInstant(startedAt)}`;
}

export interface RatedGoal {
  goalId: string;
  title: string;
  rating: number;
}

/** The session's ratings with their goals' titles, in the session's order; unknown goals named plainly. */
export function ratedGoals(ratings: readonly { goalId: string; rating: number }[], goals: readonly { id: string; title: string }[]): RatedGoal[] {
  const titles = new Map(goals.map((g) => [g.id, g.title]));
  return ratings.map((r) => ({ goalId: r.goalId, title: titles.get(r.goalId) ?? 'A goal', rating: r.rating }));
}

/** Shortens a goal title for a one-line summary, at a word boundary. */
export function shortTitle(title: string, max = 32): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Type-ahead for approaches: the label ("cognitive"), its code ("cbt", "eft") or any word's start. */
export function approachMatches(approach: Approach, search: string): boolean {
  const query = search.trim().toLowerCase();
  if (!query) return true;
  const label = APPROACH_INFO[approach].label.toLowerCase();
  return label.includes(query) || approach.replace(/_/g, ' ').startsWith(query) || approach.startsWith(query);
}
