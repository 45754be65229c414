// Saving a session from the editor, and signing it when asked, as steps that take the writes as
// arguments, so the order and the answers to a refusal (a stale version, a session signed
// meanwhile, fields the server refused) are tested without a browser.
// features/sessions/hooks/use-save-and-sign.ts wires these to the real requests.
import { hasCode } from '../../lib/api-error';
import { describeError, MESSAGES } from '../../lib/error-messages';
import type { SessionBody, TherapySession } from './api/session-types';
import { sessionErrorsFromDetails, type SessionFormErrors } from './session-form';

export const CONFLICT_MESSAGE = 'This session was changed by someone else; your text is kept below.';

/** What the editor shows after a save was refused. */
export interface SaveProblem {
  title: string;
  message: string;
  other?: string[];
  /** After a 409 on a draft that is still a draft: the version now on the server. */
  overwriteVersion?: number | null;
  /** After a 409 because the session was signed meanwhile. */
  signedSince?: boolean;
}

export interface SessionWrites {
  create(body: SessionBody): Promise<TherapySession>;
  update(body: SessionBody & { version: number }): Promise<TherapySession>;
  sign(id: string, version: number): Promise<TherapySession>;
  /** The session as the server has it now, or null when it cannot be read. */
  latest(id: string): Promise<TherapySession | null>;
}

export interface SaveRequest {
  body: SessionBody;
  /** The draft being edited; absent for a new session. */
  session?: TherapySession;
  andSign: boolean;
  /** The version the save is checked against (the one the page or its restored draft started from). */
  checkedVersion: number | null;
  /** Whether the form still says what the saved draft says; then signing need not save first. */
  sameAsSaved: () => boolean;
}

export type SaveOutcome =
  | {
      saved: TherapySession;
      /** Null when signing was not asked for; else whether it worked, and why not. */
      signing: null | { signed: true } | { signed: false; error: unknown };
    }
  | { refused: unknown };

/** Saves to the record (POST, or PATCH against the checked version), then signs if asked. */
export async function saveSession(request: SaveRequest, writes: Pick<SessionWrites, 'create' | 'update' | 'sign'>): Promise<SaveOutcome> {
  const { body, session, andSign, checkedVersion } = request;
  let saved: TherapySession;
  try {
    if (!session) {
      saved = await writes.create(body);
    } else {
      const unchanged = andSign && checkedVersion === session.version && request.sameAsSaved();
      saved = unchanged ? session : await writes.update({ ...body, version: checkedVersion ?? session.version });
    }
  } catch (error) {
    return { refused: error };
  }
  if (!andSign) return { saved, signing: null };
  try {
    await writes.sign(saved.id, saved.version);
    return { saved, signing: { signed: true } };
  } catch (error) {
    // The draft is on the record either way; only the signature is missing.
    return { saved, signing: { signed: false, error } };
  }
}

/**
 * What to show when a save was refused. A stale version or a session signed meanwhile reads the
 * session again: a draft can then be saved over the other version deliberately; a signed one
 * cannot be edited at all, so the clinician is pointed to an addendum. Field problems go beside
 * their fields.
 */
export async function refusalOf(
  error: unknown,
  { body, session, what, latest }: { body: SessionBody; session?: TherapySession; what: string; latest: SessionWrites['latest'] },
): Promise<{ problem: SaveProblem; fieldErrors?: SessionFormErrors }> {
  if (hasCode(error, 'stale_version', 'session_signed') && session) {
    const now = await latest(session.id).catch(() => null);
    // The code says when it was signed meanwhile; the session read again says so too.
    const signedSince = error.code === 'session_signed' || now?.status === 'signed';
    return {
      problem: {
        title: 'Changed by someone else',
        message: signedSince
          ? `${CONFLICT_MESSAGE} It has been signed since, so it can no longer be edited: copy what you need into an addendum on the signed session.`
          : `${CONFLICT_MESSAGE} Open the session in another tab to compare, then save your version if it should replace theirs.`,
        signedSince,
        overwriteVersion: signedSince ? null : (now?.version ?? error.currentVersion),
      },
    };
  }
  if (hasCode(error, 'validation_failed') && error.details.length > 0) {
    const { byField, other } = sessionErrorsFromDetails(error.details, body);
    return { problem: { title: `The session was not ${what}`, message: MESSAGES.invalid, other }, fieldErrors: byField };
  }
  return { problem: { title: `The session was not ${what}`, message: describeError(error) } };
}
