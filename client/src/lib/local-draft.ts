// What a form keeps in the browser while it is being typed, so a closed tab or a sign-out for
// inactivity loses nothing (docs/screens.md, "Drafts"). Each form brings its own key and its own
// parser (what is read back is checked field by field: storage is written by older versions of
// the page too, and by anything else on the origin); this module is only the careful part around
// localStorage.

/** The part of the Web Storage API the drafts use (localStorage, or a Map in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage when the browser allows it (it throws in some private modes). */
export function browserDraftStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The stored draft, parsed; null when there is none, storage refuses, or the parser rejects it. */
export function readStoredDraft<T>(storage: DraftStorage | null, key: string, parse: (raw: string | null) => T | null): T | null {
  if (!storage) return null;
  try {
    return parse(storage.getItem(key));
  } catch {
    return null;
  }
}

/** False when the browser refused (storage full or disabled); the page then says so. */
export function writeStoredDraft(storage: DraftStorage | null, key: string, text: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

export function removeStoredDraft(storage: DraftStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage that cannot be written cannot hold a stale draft either.
  }
}

/** JSON.parse that answers null instead of throwing. */
export function parseJson(raw: string | null): unknown {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** Every draft key starts with this (features/sessions/session-draft.ts, features/measures/measure-draft.ts). */
export const DRAFT_KEY_PREFIX_ROOT = 'securebase.';

/**
 * Forgets every draft in this browser. Called on an explicit sign-out: on a shared computer the
 * next person must not find someone's unsaved notes. (A sign-out for inactivity keeps them, so the
 * clinician who comes back loses nothing.)
 */
export function removeAllDrafts(storage: (DraftStorage & { length: number; key(index: number): string | null }) | null): number {
  if (!storage) return 0;
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(DRAFT_KEY_PREFIX_ROOT) && key.includes('-draft.')) keys.push(key);
    }
  } catch {
    return 0;
  }
  keys.forEach((key) => removeStoredDraft(storage, key));
  return keys.length;
}
