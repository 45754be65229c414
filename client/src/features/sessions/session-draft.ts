// A session being typed is kept in localStorage as it changes, so a closed tab or a sign-out
// for inactivity loses nothing (docs/screens.md, "Drafts"). One draft per clinician, client and
// session ("new" for a session not yet saved). What is read back is checked field by field: storage is written by
// older versions of this page too, and by anything else that runs on the origin.
import {
  APPROACHES,
  ATTENDANCES,
  MODALITIES,
  PATTERN_INTENSITY_MAX,
  PRESENTING_PATTERNS,
  RATING_MAX,
  RATING_MIN,
  SETTINGS,
  type Approach,
  type PresentingPattern,
} from '@securebase/shared';
import { browserDraftStorage, parseJson, readStoredDraft, removeStoredDraft, writeStoredDraft, type DraftStorage } from '../../lib/local-draft';
import { newSessionForm, type InterventionValues, type RatingValues, type SessionFormValues } from './session-form';

export const DRAFT_KEY_PREFIX = 'securebase.session-draft.v1';
const FORMAT = 1;

export interface StoredDraft {
  /** When it was last written (ISO instant). */
  savedAt: string;
  /** The version of the saved session this draft was started from; null for a new session. */
  baseVersion: number | null;
  values: SessionFormValues;
}

export type { DraftStorage };
export { browserDraftStorage };

export function draftKey(userId: string, clientId: string, sessionId?: string | null): string {
  return `${DRAFT_KEY_PREFIX}:${userId}:${clientId}:${sessionId ?? 'new'}`;
}

export function serializeDraft(draft: StoredDraft): string {
  return JSON.stringify({ format: FORMAT, ...draft });
}

type Loose = Record<string, unknown>;

const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T => (list.includes(v as T) ? (v as T) : fallback);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const intIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function readRatings(v: unknown): Record<string, RatingValues> {
  const out: Record<string, RatingValues> = {};
  if (!isRecord(v)) return out;
  for (const [goalId, entry] of Object.entries(v)) {
    if (!isRecord(entry)) continue;
    out[goalId] = {
      rating: intIn(entry.rating, RATING_MIN, RATING_MAX) ? entry.rating : null,
      comment: text(entry.comment),
    };
  }
  return out;
}

function readPatterns(v: unknown): Partial<Record<PresentingPattern, number>> {
  const out: Partial<Record<PresentingPattern, number>> = {};
  if (!isRecord(v)) return out;
  for (const pattern of PRESENTING_PATTERNS) {
    const intensity = v[pattern];
    if (intIn(intensity, 0, PATTERN_INTENSITY_MAX)) out[pattern] = intensity;
  }
  return out;
}

function readInterventions(v: unknown): InterventionValues[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((n, i) => ({
    key: text(n.key) || `restored-${i}`,
    approach: APPROACHES.includes(n.approach as Approach) ? (n.approach as Approach) : null,
    techniques: strings(n.techniques),
    note: text(n.note),
    goalIds: strings(n.goalIds),
  }));
}

/** A stored draft, or null when there is none or it is not one of ours. */
export function parseDraft(raw: string | null, now: Date = new Date()): StoredDraft | null {
  const data = parseJson(raw);
  if (!isRecord(data) || data.format !== FORMAT || !isRecord(data.values)) return null;
  const v = data.values;
  const fallback = newSessionForm(now);
  const duration = v.durationMinutes;
  return {
    savedAt: typeof data.savedAt === 'string' && !Number.isNaN(Date.parse(data.savedAt)) ? data.savedAt : now.toISOString(),
    baseVersion: intIn(data.baseVersion, 1, Number.MAX_SAFE_INTEGER) ? data.baseVersion : null,
    values: {
      startedAt: text(v.startedAt) || fallback.startedAt,
      durationMinutes: typeof duration === 'number' || typeof duration === 'string' ? duration : fallback.durationMinutes,
      modality: oneOf(MODALITIES, v.modality, fallback.modality),
      setting: oneOf(SETTINGS, v.setting, fallback.setting),
      attendance: oneOf(ATTENDANCES, v.attendance, fallback.attendance),
      ratings: readRatings(v.ratings),
      patterns: readPatterns(v.patterns),
      interventions: readInterventions(v.interventions),
      summary: text(v.summary),
      plan: text(v.plan),
    },
  };
}

/** Whether the form holds anything beyond what it started with (only then is a draft kept). */
export function differsFrom(values: SessionFormValues, start: SessionFormValues): boolean {
  return JSON.stringify(comparable(values)) !== JSON.stringify(comparable(start));
}

// Interventions' keys are identities, not content; an empty comment is no change.
function comparable(values: SessionFormValues) {
  const ratings = Object.entries(values.ratings)
    .filter(([, r]) => r.rating !== null || r.comment.trim())
    .sort(([a], [b]) => a.localeCompare(b));
  const patterns = PRESENTING_PATTERNS.map((p) => values.patterns[p] ?? null);
  return {
    ...values,
    durationMinutes: String(values.durationMinutes),
    ratings,
    patterns,
    interventions: values.interventions.map(({ key: _key, ...rest }) => rest),
  };
}

export function loadDraft(storage: DraftStorage | null, key: string, now?: Date): StoredDraft | null {
  return readStoredDraft(storage, key, (raw) => parseDraft(raw, now));
}

/** False when the browser refused (storage full or disabled); the page then says so. */
export function storeDraft(storage: DraftStorage | null, key: string, draft: StoredDraft): boolean {
  return writeStoredDraft(storage, key, serializeDraft(draft));
}

export function clearDraft(storage: DraftStorage | null, key: string): void {
  removeStoredDraft(storage, key);
}

/**
 * The words of a draft as plain text, for when it can no longer be saved (the session was
 * signed meanwhile): the clinician can copy what they need into an addendum.
 */
export function draftText(values: SessionFormValues, goals: readonly { id: string; title: string }[]): string {
  const titles = new Map(goals.map((g) => [g.id, g.title]));
  const parts: string[] = [];
  const add = (heading: string, text: string) => {
    if (text.trim()) parts.push(`${heading}:\n${text.trim()}`);
  };
  for (const [goalId, r] of Object.entries(values.ratings)) {
    if (r.rating === null && !r.comment.trim()) continue;
    const rating = r.rating === null ? 'not rated' : `${r.rating}/10`;
    parts.push(`${titles.get(goalId) ?? 'Goal'}: ${rating}${r.comment.trim() ? ` (${r.comment.trim()})` : ''}`);
  }
  values.interventions.forEach((n, i) => add(`Intervention ${i + 1}${n.approach ? ` (${n.approach})` : ''}`, n.note));
  add('Summary', values.summary);
  add('Plan', values.plan);
  return parts.join('\n\n');
}
