// The server ends a session after 30 minutes without a request (docs/api.md, "Sign-in"). The
// browser keeps its own clock of the last answer so it can warn two minutes ahead
// (docs/screens.md, "Idle sign-out") instead of letting the next click fail.

/** Mirrors the server's idle limit (server/src/auth/sign-in-store.ts). */
export const SESSION_IDLE_LIMIT_MS = 30 * 60_000;
export const IDLE_WARNING_MS = 2 * 60_000;

let lastActivity = Date.now();

export function noteServerActivity(at: number = Date.now()): void {
  lastActivity = at;
}

export function lastServerActivity(): number {
  return lastActivity;
}

export type IdlePhase = { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' };

export function idlePhase(last: number, now: number, limit: number = SESSION_IDLE_LIMIT_MS, warnBefore: number = IDLE_WARNING_MS): IdlePhase {
  const left = last + limit - now;
  if (left <= 0) return { phase: 'expired' };
  if (left <= warnBefore) return { phase: 'warning', secondsLeft: Math.ceil(left / 1000) };
  return { phase: 'active' };
}

/** `105` → `1:45`. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
