import { randomBytes } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import type { TestApp } from './harness';

/**
 * Request bodies in the clinic's words, for the integration tests (after immich's
 * medium.factory.ts). Each `new…` returns the smallest body the API accepts, and any field can be
 * replaced or added through `over`, so a test spells out only the values it asserts on or is
 * about. The `create…` helpers post that body with a signed-in agent, fail loudly (with the
 * answer) when the API refuses it, and return the created record as the API answers it.
 *
 * Bodies are plain objects on purpose: tests also send them with wrong types and unknown fields.
 */
type Body = Record<string, unknown>;

/** A client at intake: the names and the intake date are all the API requires. */
export function newClient(over: Body = {}): Body {
  return {
    firstName: 'Maya',
    lastName: 'Lindqvist',
    intakeDate: '2026-01-05',
    ...over,
  };
}

/** A treatment goal with a baseline and a target on the 0–10 scale. */
export function newGoal(over: Body = {}): Body {
  return {
    domain: 'other',
    title: 'Say no without apologising',
    baseline: 2,
    target: 8,
    startedOn: '2026-01-05',
    ...over,
  };
}

/**
 * An attended individual session in the room, with no ratings, patterns or notes yet: add
 * `goalRatings`, `patterns` and `interventions` through `over`.
 */
export function newSession(over: Body = {}): Body {
  return {
    startedAt: '2026-03-02T15:00:00Z',
    durationMinutes: 50,
    modality: 'individual',
    setting: 'in_person',
    attendance: 'attended',
    ...over,
  };
}

/** A PHQ-9 with every item answered "not at all"; another instrument needs its own `responses`. */
export function newMeasure(over: Body = {}): Body {
  return {
    instrument: 'phq9',
    administeredOn: '2026-01-05',
    responses: [0, 0, 0, 0, 0, 0, 0, 0, 0],
    ...over,
  };
}

/** An account an admin creates (POST /api/users): a clinician with a unique email and a strong passphrase. */
export function newUser(over: Body = {}): Body {
  return {
    email: `clinician.${randomBytes(4).toString('hex')}@test.example`,
    displayName: 'New Clinician',
    role: 'clinician',
    password: 'a-long-unusual-phrase-42',
    ...over,
  };
}

/** The created record, or an error that shows what the API answered instead. */
function created(what: string, res: { status: number; body: unknown }): { id: string } & Body {
  if (res.status !== 201) throw new Error(`creating ${what} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as { id: string } & Body;
}

export async function createClient(agent: TestAgent, over: Body = {}) {
  return created('a client', await agent.post('/api/clients').send(newClient(over)));
}

export async function createGoal(agent: TestAgent, clientId: string, over: Body = {}) {
  return created('a goal', await agent.post(`/api/clients/${clientId}/goals`).send(newGoal(over)));
}

export async function createSession(agent: TestAgent, clientId: string, over: Body = {}) {
  return created('a session', await agent.post(`/api/clients/${clientId}/sessions`).send(newSession(over)));
}

export async function createMeasure(agent: TestAgent, clientId: string, over: Body = {}) {
  return created('a measure', await agent.post(`/api/clients/${clientId}/measures`).send(newMeasure(over)));
}

/** `agent` must be an admin's. */
export async function createUser(agent: TestAgent, over: Body = {}) {
  return created('a user', await agent.post('/api/users').send(newUser(over)));
}

/**
 * A practice with a supervisor and a clinician they supervise, both signed in: the care team that
 * writes and the supervisor who may only read, as most clinical tests need them.
 */
export async function supervisedPractice(t: TestApp, name?: string) {
  const practiceId = await t.practice(name);
  const supervisorUser = await t.user(practiceId, 'supervisor');
  const clinicianUser = await t.user(practiceId, 'clinician', { supervisorId: supervisorUser.id });
  const clinician = await t.signIn(clinicianUser);
  const supervisor = await t.signIn(supervisorUser);
  return { practiceId, supervisorUser, clinicianUser, clinician, supervisor };
}
