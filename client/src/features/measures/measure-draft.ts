// A questionnaire being typed is kept in the browser as it changes (lib/local-draft.ts), one per
// clinician and client, so a closed tab or a sign-out for inactivity loses no answer. What is read
// back is checked item by item against the instrument's range.
import { INSTRUMENT_CODES, INSTRUMENTS, isCalendarDate, isInstrumentCode, type InstrumentCode } from '@securebase/shared';
import { parseJson, readStoredDraft, removeStoredDraft, writeStoredDraft, type DraftStorage } from '../../lib/local-draft';
import type { Answers, MeasureFormValues } from './measure-form';

export const MEASURE_DRAFT_KEY_PREFIX = 'securebase.measure-draft.v1';
const FORMAT = 1;

export interface StoredMeasureDraft {
  /** When it was last written (ISO instant). */
  savedAt: string;
  values: MeasureFormValues;
}

export function measureDraftKey(userId: string, clientId: string): string {
  return `${MEASURE_DRAFT_KEY_PREFIX}:${userId}:${clientId}`;
}

export function serializeMeasureDraft(draft: StoredMeasureDraft): string {
  return JSON.stringify({ format: FORMAT, ...draft });
}

type Loose = Record<string, unknown>;
const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

function readAnswers(code: InstrumentCode, v: unknown): Answers | null {
  if (!Array.isArray(v)) return null;
  const { itemCount, min, max } = INSTRUMENTS[code];
  const answers = Array.from({ length: itemCount }, (_, i) => {
    const a: unknown = v[i];
    return typeof a === 'number' && Number.isInteger(a) && a >= min && a <= max ? a : null;
  });
  return answers.some((a) => a !== null) ? answers : null;
}

/** A stored draft, or null when there is none or it is not one of ours. */
export function parseMeasureDraft(raw: string | null, today: string): StoredMeasureDraft | null {
  const data = parseJson(raw);
  if (!isRecord(data) || data.format !== FORMAT || !isRecord(data.values)) return null;
  const v = data.values;
  const answers: MeasureFormValues['answers'] = {};
  if (isRecord(v.answers)) {
    for (const code of INSTRUMENT_CODES) {
      const read = readAnswers(code, v.answers[code]);
      if (read) answers[code] = read;
    }
  }
  return {
    savedAt: typeof data.savedAt === 'string' && !Number.isNaN(Date.parse(data.savedAt)) ? data.savedAt : new Date().toISOString(),
    values: {
      instrument: isInstrumentCode(v.instrument) ? v.instrument : null,
      administeredOn: isCalendarDate(v.administeredOn) ? v.administeredOn : today,
      sessionId: typeof v.sessionId === 'string' && v.sessionId ? v.sessionId : null,
      answers,
    },
  };
}

export function loadMeasureDraft(storage: DraftStorage | null, key: string, today: string): StoredMeasureDraft | null {
  return readStoredDraft(storage, key, (raw) => parseMeasureDraft(raw, today));
}

/** False when the browser refused (storage full or disabled); the page then says so. */
export function storeMeasureDraft(storage: DraftStorage | null, key: string, draft: StoredMeasureDraft): boolean {
  return writeStoredDraft(storage, key, serializeMeasureDraft(draft));
}

export function clearMeasureDraft(storage: DraftStorage | null, key: string): void {
  removeStoredDraft(storage, key);
}
