// Keeps what a form holds in the browser while it is typed (lib/local-draft.ts does the careful
// storage part; each form brings its own key, parser and "is anything typed" test). One hook for
// every editor, so the session and questionnaire editors keep drafts the same way.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browserDraftStorage, removeStoredDraft, type DraftStorage } from '../lib/local-draft';

export interface LocalDraftOptions<V, D extends { savedAt: string }> {
  key: string;
  /** The stored draft under `key`, parsed; null when there is none or it is not one of ours. */
  load: (storage: DraftStorage | null, key: string) => D | null;
  /** Writes the values as the draft (false when the browser refused). */
  store: (storage: DraftStorage | null, key: string, values: V, savedAt: string) => boolean;
  /** Whether the values hold anything worth keeping; when not, the stored draft is removed. */
  worthKeeping: (values: V) => boolean;
  /**
   * How long typing must pause before the draft is written; 0 writes every change at once.
   * Whatever is pending is written anyway when the page is hidden, closed or left.
   */
  delayMs?: number;
}

export interface LocalDraft<D> {
  /** The draft found when the page opened (read once). */
  restored: D | null;
  /** When the draft was last written; null when there is none. */
  savedAt: Date | null;
  /** The browser would not keep the draft (storage full or disabled). */
  storageRefused: boolean;
  /** Note the form's latest values; they are written after the delay. */
  changed: () => void;
  /** Write what is pending now. */
  flush: () => void;
  /** The record has it now: forget the draft and write no more. */
  finish: () => void;
  /** Forget the draft (the values go back to where the page started; the form resets itself). */
  discard: () => void;
}

export function useLocalDraft<V, D extends { savedAt: string }>(values: () => V, options: LocalDraftOptions<V, D>): LocalDraft<D> {
  const { key, delayMs = 0 } = options;
  const storage = useMemo(browserDraftStorage, []);
  const [restored] = useState<D | null>(() => options.load(storage, key));
  const [savedAt, setSavedAt] = useState<Date | null>(restored ? new Date(restored.savedAt) : null);
  const [storageRefused, setStorageRefused] = useState(false);

  // The latest callbacks, so a write scheduled earlier still uses the form's current state.
  const latest = useRef({ values, options });
  latest.current = { values, options };
  const finished = useRef(false);
  const pending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = false;
  };

  const write = useCallback(() => {
    if (finished.current) return;
    const { values: read, options: o } = latest.current;
    const now = read();
    if (!o.worthKeeping(now)) {
      removeStoredDraft(storage, o.key);
      setSavedAt(null);
      return;
    }
    const at = new Date();
    const ok = o.store(storage, o.key, now, at.toISOString());
    setStorageRefused(!ok);
    if (ok) setSavedAt(at);
  }, [storage]);

  const flush = useCallback(() => {
    const due = pending.current;
    cancel();
    if (due) write();
  }, [write]);

  const changed = useCallback(() => {
    if (delayMs === 0) {
      cancel();
      write();
      return;
    }
    pending.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, delayMs);
  }, [delayMs, flush, write]);

  // Closing the tab, switching away or leaving the page: what was typed is written now.
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  const finish = useCallback(() => {
    finished.current = true;
    cancel();
    removeStoredDraft(storage, latest.current.options.key);
  }, [storage]);

  const discard = useCallback(() => {
    cancel();
    removeStoredDraft(storage, latest.current.options.key);
    setSavedAt(null);
  }, [storage]);

  return { restored, savedAt, storageRefused, changed, flush, finish, discard };
}
