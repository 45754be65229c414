import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The cookie that says "this browser confirmed the date of birth for this one link". It carries
 * the invitation id and its own expiry, signed with the server's secret (HMAC-SHA256), so it
 * needs no server-side row, cannot be forged, and a cookie earned on link A names A: link B
 * refuses it. It shares nothing with the clinician's sign-in cookie.
 */
export const LINK_COOKIE = 'sb.q';
export const LINK_COOKIE_PATH = '/api/q';
export const LINK_COOKIE_MS = 30 * 60_000;

function mac(secret: string, invitationId: string, expiresMs: number): string {
  return createHmac('sha256', secret).update(`questionnaire-link:${invitationId}:${expiresMs}`).digest('base64url');
}

export function linkCookieValue(secret: string, invitationId: string, now: Date): string {
  const expiresMs = now.getTime() + LINK_COOKIE_MS;
  return `${invitationId}.${expiresMs}.${mac(secret, invitationId, expiresMs)}`;
}

/** True when the request's cookie was issued for `invitationId` and has not run out at `now`. */
export function linkCookieAllows(cookieHeader: string | undefined, secret: string, invitationId: string, now: Date): boolean {
  const value = readCookie(cookieHeader, LINK_COOKIE);
  if (!value) return false;
  const [id, expires, signature, ...rest] = value.split('.');
  if (rest.length || id !== invitationId || !/^\d{1,15}$/.test(expires ?? '') || !signature) return false;
  const expiresMs = Number(expires);
  if (expiresMs <= now.getTime()) return false;
  const wanted = Buffer.from(mac(secret, id, expiresMs));
  const given = Buffer.from(signature);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
