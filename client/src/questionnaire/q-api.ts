// The three public routes the client's page talks to, over plain fetch: the page loads none of the
// clinician app (no openapi-fetch, no React Query), so it stays a few kilobytes.
import type { components } from '../lib/api-types';
import type { SubmitBody } from './q-flow';

export type LinkInfo = components['schemas']['LinkDescriptionDto'];
type Verified = components['schemas']['VerifiedLinkDto'];
type Submitted = components['schemas']['SubmittedDto'];
type EmailsStopped = components['schemas']['EmailsStoppedDto'];

/** What a call came to, in the terms the page acts on; the status code stays in here. */
export type Outcome<T> =
  | { ok: true; value: T }
  /** Unknown, expired, used, voided or locked: the server does not say which, and nor does the page. */
  | { ok: false; reason: 'link_invalid' }
  /** A wrong date of birth (`attemptsLeft` when the server says), or on submit a verification that lapsed. */
  | { ok: false; reason: 'not_verified'; attemptsLeft: number | null }
  | { ok: false; reason: 'throttled' }
  | { ok: false; reason: 'rejected' }
  | { ok: false; reason: 'unreachable' };

/** The path of the link's API routes; the token is the last segment of the page's own path. */
export function linkApiPath(pathname: string): string | null {
  const match = /^\/q\/([A-Za-z0-9_-]{16,})\/?$/.exec(pathname);
  return match ? `/api/q/${match[1]}` : null;
}

/** The stop route of an email's "stop these emails" link (`/q/<token>/stop-emails`), or null. */
export function stopEmailsApiPath(pathname: string): string | null {
  const match = /^\/q\/([A-Za-z0-9_-]{16,})\/stop-emails\/?$/.exec(pathname);
  return match ? `/api/q/${match[1]}/stop-emails` : null;
}

async function call<T>(path: string, init?: { body: unknown }): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init ? 'POST' : 'GET',
      credentials: 'same-origin',
      // The server refuses state-changing requests that are not JSON (its CSRF defence).
      headers: init ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
      body: init ? JSON.stringify(init.body) : undefined,
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: body as T };
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (response.status === 404) return { ok: false, reason: 'link_invalid' };
  if (response.status === 401) {
    return { ok: false, reason: 'not_verified', attemptsLeft: typeof record.attemptsLeft === 'number' ? record.attemptsLeft : null };
  }
  if (response.status === 429) return { ok: false, reason: 'throttled' };
  if (response.status >= 500) return { ok: false, reason: 'unreachable' };
  return { ok: false, reason: 'rejected' };
}

export const getLink = (base: string) => call<LinkInfo>(base);

export const verify = (base: string, dateOfBirth: string) => call<Verified>(`${base}/verify`, { body: { dateOfBirth } });

export const submit = (base: string, body: SubmitBody) => call<Submitted>(`${base}/responses`, { body });

export const stopEmails = (path: string) => call<EmailsStopped>(path, { body: {} });
