import { memoryStorage, refusingStorage } from '../../lib/draft-storage.spec-helper';
import { clearDraft, draftText, differsFrom, draftKey, loadDraft, parseDraft, serializeDraft, storeDraft, type StoredDraft } from './session-draft';
import { newSessionForm, type SessionFormValues } from './session-form';

const GOAL = '0702943c-61f8-4f36-904e-fe34c2471459';
const now = new Date('2026-03-02T15:07:00Z');

const typed: SessionFormValues = {
  ...newSessionForm(now, 'UTC'),
  durationMinutes: 45,
  setting: 'telehealth',
  ratings: { [GOAL]: { rating: 6, comment: 'Held the pause twice' } },
  patterns: { reassurance_seeking: 2, fear_of_abandonment: 0 },
  interventions: [{ key: 'k1', approach: 'eft', techniques: ['heightening', 'my own'], note: 'Line one\nLine two', goalIds: [GOAL] }],
  summary: 'Arrived anxious.',
  plan: '',
};

describe('draftKey', () => {
  it('is one per clinician, client and session', () => {
    expect(draftKey('u1', 'c1')).toBe('securebase.session-draft.v1:u1:c1:new');
    expect(draftKey('u1', 'c1', 's9')).toBe('securebase.session-draft.v1:u1:c1:s9');
  });
});

describe('serializeDraft and parseDraft', () => {
  it('round-trips everything typed', () => {
    const draft: StoredDraft = { savedAt: '2026-03-02T15:32:00.000Z', baseVersion: 3, values: typed };
    expect(parseDraft(serializeDraft(draft), now)).toEqual(draft);
  });
  it('returns null for nothing, broken JSON, or another format', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft(JSON.stringify({ format: 2, values: {} }))).toBeNull();
    expect(parseDraft(JSON.stringify([1, 2]))).toBeNull();
  });
  it('repairs what does not fit instead of throwing the text away', () => {
    const raw = JSON.stringify({
      format: 1,
      savedAt: 'yesterday',
      baseVersion: -1,
      values: {
        startedAt: '2026-03-02T15:00',
        durationMinutes: { x: 1 },
        modality: 'séance',
        setting: 'telehealth',
        attendance: 'no_show',
        ratings: { [GOAL]: { rating: 11, comment: 'kept' }, other: 'nonsense' },
        patterns: { reassurance_seeking: 5, fear_of_abandonment: 3, invented: 1 },
        interventions: [{ approach: 'hypnosis', techniques: ['a', 3], note: 'kept note', goalIds: [GOAL, null] }, 'x'],
        summary: 'kept summary',
        plan: 42,
      },
    });
    const draft = parseDraft(raw, now) as StoredDraft;
    expect(draft.savedAt).toBe(now.toISOString());
    expect(draft.baseVersion).toBeNull();
    expect(draft.values).toMatchObject({
      startedAt: '2026-03-02T15:00',
      durationMinutes: 50,
      modality: 'individual',
      setting: 'telehealth',
      attendance: 'no_show',
      ratings: { [GOAL]: { rating: null, comment: 'kept' } },
      patterns: { fear_of_abandonment: 3 },
      summary: 'kept summary',
      plan: '',
    });
    expect(draft.values.interventions).toEqual([{ key: 'restored-0', approach: null, techniques: ['a'], note: 'kept note', goalIds: [GOAL] }]);
  });
});

describe('differsFrom', () => {
  const start = newSessionForm(now, 'UTC');
  it('is false for an untouched form', () => {
    expect(differsFrom(start, newSessionForm(now, 'UTC'))).toBe(false);
  });
  it('ignores empty rating entries, key order and intervention identities', () => {
    const touched = { ...start, ratings: { [GOAL]: { rating: null, comment: '  ' } } };
    expect(differsFrom(touched, start)).toBe(false);
    const a = { ...start, interventions: [{ ...typed.interventions[0], key: 'a' }] };
    const b = { ...start, interventions: [{ ...typed.interventions[0], key: 'b' }] };
    expect(differsFrom(a, b)).toBe(false);
    expect(differsFrom({ ...start, durationMinutes: '50' }, start)).toBe(false);
  });
  it('sees a rating, a pattern, a note or a changed field', () => {
    expect(differsFrom({ ...start, ratings: { [GOAL]: { rating: 0, comment: '' } } }, start)).toBe(true);
    expect(differsFrom({ ...start, patterns: { low_self_worth: 0 } }, start)).toBe(true);
    expect(differsFrom({ ...start, summary: 'x' }, start)).toBe(true);
    expect(differsFrom({ ...start, attendance: 'cancelled' }, start)).toBe(true);
  });
});

describe('storing drafts', () => {
  const key = draftKey('u1', 'c1');
  const draft: StoredDraft = { savedAt: now.toISOString(), baseVersion: null, values: typed };

  it('stores, loads and clears', () => {
    const storage = memoryStorage();
    expect(storeDraft(storage, key, draft)).toBe(true);
    expect(loadDraft(storage, key, now)).toEqual(draft);
    expect(loadDraft(storage, draftKey('u2', 'c1'), now)).toBeNull();
    clearDraft(storage, key);
    expect(storage.data.size).toBe(0);
  });
  it('reports a refusal (storage full or blocked) instead of throwing', () => {
    expect(storeDraft(refusingStorage, key, draft)).toBe(false);
    expect(loadDraft(refusingStorage, key)).toBeNull();
    expect(() => clearDraft(refusingStorage, key)).not.toThrow();
    expect(storeDraft(null, key, draft)).toBe(false);
  });
});

describe('draftText', () => {
  it('gives the typed words as plain text, skipping what is empty', () => {
    expect(draftText(typed, [{ id: GOAL, title: 'Say no' }])).toBe(
      'Say no: 6/10 (Held the pause twice)\n\nIntervention 1 (eft):\nLine one\nLine two\n\nSummary:\nArrived anxious.',
    );
    expect(draftText(newSessionForm(now, 'UTC'), [])).toBe('');
  });
});
