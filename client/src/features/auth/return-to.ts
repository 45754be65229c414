// Where to go after signing in. Only paths inside this app are followed, so a crafted
// `?returnTo=https://elsewhere` link cannot send a clinician to another site.

export const SIGN_IN_PATH = '/sign-in';

export type SignInReason = 'signed-out' | 'expired';

export function safeReturnTo(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === SIGN_IN_PATH || raw.startsWith(`${SIGN_IN_PATH}?`) || raw.startsWith(`${SIGN_IN_PATH}/`)) return '/';
  return raw;
}

export function signInPath(returnTo?: string, reason?: SignInReason): string {
  const params = new URLSearchParams();
  const target = safeReturnTo(returnTo);
  if (target !== '/') params.set('returnTo', target);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}

export function signInNotice(reason: string | null): string | null {
  if (reason === 'expired') return 'You were signed out. Sign in again to return to where you were.';
  if (reason === 'signed-out') return 'You have signed out.';
  return null;
}
