import { apiErrorFrom } from '../../lib/api-error';
import { MESSAGES } from '../../lib/error-messages';
import type { SessionBody, TherapySession } from './api/session-types';
import { CONFLICT_MESSAGE, refusalOf, saveSession, type SessionWrites } from './save-session';

const GOAL = '0702943c-61f8-4f36-904e-fe34c2471459';

const body: SessionBody = {
  startedAt: '2026-03-02T14:00:00.000Z',
  durationMinutes: 50,
  modality: 'individual',
  setting: 'in_person',
  attendance: 'attended',
  summary: 'Talked about the week',
  plan: null,
  goalRatings: [{ goalId: GOAL, rating: 4, comment: null }],
  patterns: [],
  interventions: [],
};

function session(over: Partial<TherapySession> = {}): TherapySession {
  return {
    id: 'session-1',
    clientId: 'client-1',
    clinicianId: 'clinician-1',
    startedAt: body.startedAt,
    durationMinutes: 50,
    modality: 'individual',
    setting: 'in_person',
    attendance: 'attended',
    summary: body.summary ?? null,
    plan: null,
    status: 'draft',
    signedAt: null,
    signedBy: null,
    submittedAt: null,
    cosignedAt: null,
    cosignedBy: null,
    version: 3,
    createdAt: '2026-03-02T15:00:00.000Z',
    updatedAt: '2026-03-02T15:00:00.000Z',
    goalRatings: [],
    patterns: [],
    interventions: [],
    addenda: [],
    returns: [],
    ...over,
  };
}

const failure = (status: number, answer: unknown) => apiErrorFrom(status, answer, { get: () => null });

/** Writes that record what was asked of them, in order. */
function recordingWrites(over: Partial<SessionWrites> = {}) {
  const calls: string[] = [];
  const writes: SessionWrites = {
    create: async () => {
      calls.push('create');
      return session({ id: 'new-1', version: 1 });
    },
    update: async (sent) => {
      calls.push(`update v${sent.version}`);
      return session({ version: sent.version + 1 });
    },
    sign: async (id, version) => {
      calls.push(`sign ${id} v${version}`);
      return session({ id, version: version + 1, status: 'signed' });
    },
    latest: async () => null,
    ...over,
  };
  return { writes, calls };
}

describe('saveSession', () => {
  it('creates a new session, and signs what was created when asked', async () => {
    const { writes, calls } = recordingWrites();
    const outcome = await saveSession({ body, andSign: true, checkedVersion: null, sameAsSaved: () => false }, writes);
    expect(calls).toEqual(['create', 'sign new-1 v1']);
    expect(outcome).toMatchObject({ saved: { id: 'new-1' }, signing: { signed: true } });
  });

  it('saves a draft against the version it started from, without signing', async () => {
    const { writes, calls } = recordingWrites();
    const outcome = await saveSession({ body, session: session(), andSign: false, checkedVersion: 2, sameAsSaved: () => true }, writes);
    expect(calls).toEqual(['update v2']);
    expect(outcome).toMatchObject({ saved: { version: 3 }, signing: null });
  });

  it('signs an unchanged draft without saving it again', async () => {
    const { writes, calls } = recordingWrites();
    await saveSession({ body, session: session(), andSign: true, checkedVersion: 3, sameAsSaved: () => true }, writes);
    expect(calls).toEqual(['sign session-1 v3']);
  });

  it('saves first when the draft changed, or when it started from an older version', async () => {
    const changed = recordingWrites();
    await saveSession({ body, session: session(), andSign: true, checkedVersion: 3, sameAsSaved: () => false }, changed.writes);
    expect(changed.calls).toEqual(['update v3', 'sign session-1 v4']);
    const older = recordingWrites();
    await saveSession({ body, session: session(), andSign: true, checkedVersion: 2, sameAsSaved: () => true }, older.writes);
    expect(older.calls).toEqual(['update v2', 'sign session-1 v3']);
  });

  it('reports a refused save and does not sign', async () => {
    const stale = failure(409, { code: 'stale_version', currentVersion: 5 });
    const { writes, calls } = recordingWrites({
      update: async () => {
        throw stale;
      },
    });
    const outcome = await saveSession({ body, session: session(), andSign: true, checkedVersion: 3, sameAsSaved: () => false }, writes);
    expect(outcome).toEqual({ refused: stale });
    expect(calls).toEqual([]);
  });

  it('keeps the saved draft when only the signing failed', async () => {
    const signedElsewhere = failure(409, { code: 'session_signed' });
    const { writes } = recordingWrites({
      sign: async () => {
        throw signedElsewhere;
      },
    });
    const outcome = await saveSession({ body, andSign: true, checkedVersion: null, sameAsSaved: () => false }, writes);
    expect(outcome).toMatchObject({ saved: { id: 'new-1' }, signing: { signed: false, error: signedElsewhere } });
  });
});

describe('refusalOf', () => {
  const latestIs = (now: TherapySession | null) => async () => now;

  it('offers to save over a newer draft, at the version the server has now', async () => {
    const { problem } = await refusalOf(failure(409, { code: 'stale_version', currentVersion: 4 }), {
      body,
      session: session(),
      what: 'saved',
      latest: latestIs(session({ version: 5 })),
    });
    expect(problem).toMatchObject({ title: 'Changed by someone else', overwriteVersion: 5, signedSince: false });
    expect(problem.message).toMatch(/^This session was changed by someone else; your text is kept below\. Open the session/);
  });

  it('falls back to the version the 409 named when the session cannot be read again', async () => {
    const { problem } = await refusalOf(failure(409, { code: 'stale_version', currentVersion: 4 }), {
      body,
      session: session(),
      what: 'saved',
      latest: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(problem.overwriteVersion).toBe(4);
  });

  it('points to an addendum, never an overwrite, once the session is signed', async () => {
    // Said by the code even when the session cannot be read again…
    const byCode = await refusalOf(failure(409, { code: 'session_signed' }), {
      body,
      session: session(),
      what: 'saved',
      latest: latestIs(null),
    });
    expect(byCode.problem).toMatchObject({ signedSince: true, overwriteVersion: null });
    expect(byCode.problem.message).toBe(
      `${CONFLICT_MESSAGE} It has been signed since, so it can no longer be edited: copy what you need into an addendum on the signed session.`,
    );
    // …and by the session read again after a stale version.
    const byReading = await refusalOf(failure(409, { code: 'stale_version', currentVersion: 4 }), {
      body,
      session: session(),
      what: 'saved',
      latest: latestIs(session({ status: 'signed', version: 5 })),
    });
    expect(byReading.problem).toMatchObject({ signedSince: true, overwriteVersion: null });
  });

  it('puts refused fields beside the fields, the rest in the summary', async () => {
    const refused = failure(400, {
      code: 'validation_failed',
      details: [
        { field: 'goalRatings[0].rating', problem: 'must be at most 10' },
        { field: 'clientId', problem: 'is unknown' },
      ],
    });
    const { problem, fieldErrors } = await refusalOf(refused, { body, what: 'saved', latest: latestIs(null) });
    expect(problem).toMatchObject({ title: 'The session was not saved', message: MESSAGES.invalid });
    expect(problem.other).toHaveLength(1);
    expect(Object.keys(fieldErrors ?? {})).toEqual([`ratings.${GOAL}.rating`]);
  });

  it('says anything else in plain words, and a conflict on a new session as a conflict of no draft', async () => {
    const down = await refusalOf(failure(503, { code: 'database_unavailable' }), { body, what: 'saved', latest: latestIs(null) });
    expect(down.problem).toEqual({
      title: 'The session was not saved',
      message: 'Something went wrong on our side. Please try again in a moment.',
    });
    expect(down.fieldErrors).toBeUndefined();
    // Without a session there is no other version to compare with.
    const noDraft = await refusalOf(failure(409, { code: 'stale_version' }), { body, what: 'saved', latest: latestIs(null) });
    expect(noDraft.problem.overwriteVersion).toBeUndefined();
  });
});
