import { memoryStorage, refusingStorage as refusing } from './draft-storage.spec-helper';
import { parseJson, readStoredDraft, removeStoredDraft, writeStoredDraft, removeAllDrafts } from './local-draft';

describe('local drafts', () => {
  it('write, read through a parser, and remove', () => {
    const storage = memoryStorage();
    expect(writeStoredDraft(storage, 'k', '{"a":1}')).toBe(true);
    expect(readStoredDraft(storage, 'k', parseJson)).toEqual({ a: 1 });
    expect(readStoredDraft(storage, 'k', () => null)).toBeNull();
    removeStoredDraft(storage, 'k');
    expect(storage.data.size).toBe(0);
  });

  it('never throw: no storage, refusing storage, or a parser that throws', () => {
    expect(writeStoredDraft(null, 'k', 'x')).toBe(false);
    expect(writeStoredDraft(refusing, 'k', 'x')).toBe(false);
    expect(readStoredDraft(refusing, 'k', parseJson)).toBeNull();
    expect(readStoredDraft(null, 'k', parseJson)).toBeNull();
    const storage = memoryStorage();
    storage.setItem('k', 'x');
    expect(
      readStoredDraft(storage, 'k', () => {
        throw new Error('bad');
      }),
    ).toBeNull();
    expect(() => removeStoredDraft(refusing, 'k')).not.toThrow();
    expect(() => removeStoredDraft(null, 'k')).not.toThrow();
  });

  it('parse JSON without throwing', () => {
    expect(parseJson('{"a":[1]}')).toEqual({ a: [1] });
    expect(parseJson('{broken')).toBeNull();
    expect(parseJson(null)).toBeNull();
    expect(parseJson('')).toBeNull();
  });
});

describe('removeAllDrafts', () => {
  it('removes session and questionnaire drafts and nothing else', () => {
    const data = new Map<string, string>([
      ['securebase.session-draft.v1:u1:c1:new', '{}'],
      ['securebase.measure-draft.v1:u2:c9', '{}'],
      ['other-app-setting', 'keep'],
    ]);
    const storage = {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    expect(removeAllDrafts(storage)).toBe(2);
    expect([...data.keys()]).toEqual(['other-app-setting']);
  });

  it('is a no-op without storage', () => {
    expect(removeAllDrafts(null)).toBe(0);
  });
});
