import { memoryStorage, refusingStorage as refusing } from '../../lib/draft-storage.spec-helper';
import {
  clearMeasureDraft,
  loadMeasureDraft,
  measureDraftKey,
  parseMeasureDraft,
  serializeMeasureDraft,
  storeMeasureDraft,
  type StoredMeasureDraft,
} from './measure-draft';
import { newMeasureForm, withAnswer } from './measure-form';

const TODAY = '2026-03-02';

const typed = withAnswer(withAnswer({ ...newMeasureForm('2026-02-27'), instrument: 'phq9', sessionId: 's1' }, 0, 2), 8, 1);

describe('measure drafts', () => {
  it('are one per clinician and client', () => {
    expect(measureDraftKey('u1', 'c1')).toBe('securebase.measure-draft.v1:u1:c1');
  });

  it('round-trip everything typed', () => {
    const draft: StoredMeasureDraft = { savedAt: '2026-03-02T15:32:00.000Z', values: typed };
    expect(parseMeasureDraft(serializeMeasureDraft(draft), TODAY)).toEqual(draft);
  });

  it('are null for nothing, broken JSON or another format', () => {
    expect(parseMeasureDraft(null, TODAY)).toBeNull();
    expect(parseMeasureDraft('{nope', TODAY)).toBeNull();
    expect(parseMeasureDraft(JSON.stringify({ format: 2, values: {} }), TODAY)).toBeNull();
    expect(parseMeasureDraft(JSON.stringify([1]), TODAY)).toBeNull();
  });

  it('drop what does not fit instead of throwing the rest away', () => {
    const raw = JSON.stringify({
      format: 1,
      savedAt: 'yesterday',
      values: {
        instrument: 'bdi',
        administeredOn: '2026-13-40',
        sessionId: 7,
        answers: { phq9: [0, 4, '2', 1.5, null, 3], ecr_r: [8, 0], gad7: 'no', other: [1] },
      },
    });
    const draft = parseMeasureDraft(raw, TODAY);
    expect(draft?.values).toEqual({
      instrument: null,
      administeredOn: TODAY,
      sessionId: null,
      answers: { phq9: [0, null, null, null, null, 3, null, null, null] },
    });
    expect(Number.isNaN(Date.parse(draft?.savedAt ?? ''))).toBe(false);
  });

  it('are stored, loaded and cleared through the storage given', () => {
    const storage = memoryStorage();
    const key = measureDraftKey('u1', 'c1');
    expect(loadMeasureDraft(storage, key, TODAY)).toBeNull();
    expect(storeMeasureDraft(storage, key, { savedAt: '2026-03-02T15:32:00.000Z', values: typed })).toBe(true);
    expect(loadMeasureDraft(storage, key, TODAY)?.values).toEqual(typed);
    clearMeasureDraft(storage, key);
    expect(storage.data.size).toBe(0);
  });

  it('survive a browser that refuses storage', () => {
    const key = measureDraftKey('u1', 'c1');
    expect(storeMeasureDraft(refusing, key, { savedAt: '2026-03-02T15:32:00.000Z', values: typed })).toBe(false);
    expect(loadMeasureDraft(refusing, key, TODAY)).toBeNull();
    expect(() => clearMeasureDraft(refusing, key)).not.toThrow();
    expect(storeMeasureDraft(null, key, { savedAt: '', values: typed })).toBe(false);
  });
});
