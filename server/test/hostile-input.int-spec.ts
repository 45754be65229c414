import fc from 'fast-check';
import type TestAgent from 'supertest/lib/agent';
import { startTestApp, tableCounts, TestApp } from './harness';

let t: TestApp;
let practiceId: string;
let clinician: TestAgent;
let admin: TestAgent;
let clientId: string;
let goalId: string;
let draftId: string;
let signedId: string;
let adminTarget: string;
// A questionnaire link of the client that asks for goal ratings, verified: its token and cookie.
let linkToken: string;
let linkCookie: string;
let linkGoal: string;

beforeAll(async () => {
  t = await startTestApp();
  practiceId = await t.practice();
  clinician = await t.signIn(await t.user(practiceId, 'clinician'));
  admin = await t.signIn(await t.user(practiceId, 'admin'));
  clientId = (await clinician.post('/api/clients').send({ firstName: 'A', lastName: 'B', intakeDate: '2026-01-01' })).body.id;
  goalId = (
    await clinician.post(`/api/clients/${clientId}/goals`).send({ domain: 'other', title: 'G', baseline: 2, target: 8, startedOn: '2026-01-01' })
  ).body.id;
  const session = { startedAt: '2026-03-02T15:00:00Z', durationMinutes: 50, modality: 'individual', setting: 'in_person', attendance: 'attended' };
  draftId = (await clinician.post(`/api/clients/${clientId}/sessions`).send(session)).body.id;
  signedId = (await clinician.post(`/api/clients/${clientId}/sessions`).send(session)).body.id;
  await clinician.post(`/api/sessions/${signedId}/sign`);
  adminTarget = (await t.user(practiceId, 'clinician')).id;
  const linkClient = (
    await clinician.post('/api/clients').send({ firstName: 'C', lastName: 'D', dateOfBirth: '1990-01-01', intakeDate: '2026-01-01' })
  ).body.id;
  await clinician.post(`/api/clients/${linkClient}/goals`).send({ domain: 'other', title: 'Rest', baseline: 2, target: 8, startedOn: '2026-01-01' });
  const sent = await clinician.post(`/api/clients/${linkClient}/invitations`).send({ instruments: ['phq9'], includeGoals: true });
  linkToken = new URL(sent.body.url).pathname.split('/').pop()!;
  const verified = await t.http().post(`/api/q/${linkToken}/verify`).send({ dateOfBirth: '1990-01-01' });
  linkCookie = ([] as string[])
    .concat(verified.headers['set-cookie'])
    .map((c) => c.split(';')[0])
    .join('; ');
  planClient = linkClient;
  planId = (await clinician.post(`/api/clients/${linkClient}/measure-plans`).send({ instruments: ['phq9'], cadence: 'weekly', startsOn: today() }))
    .body.id;
  // The link's goal stands in for GOAL in the questionnaire bodies below.
  linkGoal = verified.body.goals[0].id;
});
afterAll(() => t.close());

const today = () => (t ? t.clock.now() : new Date()).toISOString().slice(0, 10);
let planClient: string;
let planId: string;

/** Values that are wrong for any field of the given kind. */
const wrongFor = {
  text: fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 2 }),
    fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
    fc.constant('x'.repeat(20_001)),
  ),
  // No null here: optional dates (dateOfBirth) may be cleared with null.
  date: fc.oneof(
    fc.constantFrom('2026-02-30', '2026-13-01', '26-01-01', '2026/01/01', '', 'yesterday', '2026-01-01T00:00:00Z'),
    fc.integer(),
    fc.boolean(),
  ),
  enum: fc.oneof(
    fc.string({ maxLength: 12 }).filter((s) => !/^[a-z_]+$/.test(s)),
    fc.constantFrom('SECURE', 'clingy', "'; DROP TABLE client; --", '<script>'),
    fc.integer(),
  ),
  int: fc.oneof(fc.constantFrom(-1, 0, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER), fc.string({ maxLength: 5 }), fc.constant(null), fc.boolean()),
  uuid: fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.constant('00000000-0000-0000-0000-00000000000g')),
  patterns: fc.oneof(fc.string(), fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 }), fc.integer()),
  instant: fc.oneof(
    fc.constantFrom('2026-03-02', '2026-03-02T15:00:00', '2026-02-30T15:00:00Z', '2999-01-01T00:00:00Z', 'now', ''),
    fc.integer(),
    fc.constant(null),
  ),
  score: fc.oneof(fc.constantFrom(-1, 11, 5.5, 1e9, 'five'), fc.constant(null)),
  bool: fc.oneof(fc.constantFrom('true', 'false', 'yes', 1, 0), fc.constant(null)),
  // No null here: an address may be cleared with null.
  email: fc.oneof(
    fc.constantFrom('maya', 'maya@', '@client.example', 'maya@client', 'a b@client.example', `${'x'.repeat(250)}@client.example`),
    fc.integer(),
    fc.boolean(),
    fc.array(fc.emailAddress(), { minLength: 1, maxLength: 2 }),
  ),
  duration: fc.oneof(fc.constantFrom(0, -5, 601, 50.5, 1e9), fc.string({ maxLength: 3 }), fc.constant(null)),
  ratings: fc.oneof(
    fc
      .record({
        goalId: fc.constant('GOAL'),
        rating: fc.oneof(fc.integer({ min: 11 }), fc.integer({ max: -1 }), fc.double({ min: 0.1, max: 9.9, noInteger: true }), fc.string()),
      })
      .map((r) => [r]),
    fc.record({ goalId: fc.oneof(fc.uuid(), fc.string()), rating: fc.integer({ min: 0, max: 10 }) }).map((r) => [r]),
    fc.constant([
      { goalId: 'GOAL', rating: 3 },
      { goalId: 'GOAL', rating: 4 },
    ]),
    fc.string(),
  ),
  interventions: fc.oneof(
    fc.record({ approach: fc.string({ maxLength: 10 }) }).map((r) => [r]),
    fc.record({ approach: fc.constant('eft'), techniques: fc.oneof(fc.string(), fc.array(fc.integer(), { minLength: 1 })) }).map((r) => [r]),
    fc.record({ approach: fc.constant('cbt'), goalIds: fc.array(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 2 }) }).map((r) => [r]),
    fc.constant({ approach: 'eft' }),
  ),
};

type Kind = keyof typeof wrongFor;

/** A valid body, then one way to break it: a wrong value, a missing required field, or an extra field. */
function brokenBodies(valid: Record<string, unknown>, fields: Record<string, Kind>, required: string[]) {
  const wrongValue = fc.constantFrom(...Object.keys(fields)).chain((field) => wrongFor[fields[field]].map((value) => ({ ...valid, [field]: value })));
  const missing = required.length
    ? fc.constantFrom(...required).map((field) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== field)))
    : wrongValue;
  const extra = fc
    .oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'practiceId', 'id', 'version2'),
      fc.string({ minLength: 1, maxLength: 10 }),
    )
    .filter((k) => !(k in fields) && k !== 'version')
    .map((k) => JSON.parse(`{${JSON.stringify(k)}: {"polluted": true}, ${JSON.stringify(valid).slice(1)}`));
  return fc.oneof(wrongValue, missing, extra);
}

const routes: {
  name: string;
  send: (body: unknown) => Promise<{ status: number; body: { details?: unknown[] } }>;
  valid: () => Record<string, unknown>;
  fields: Record<string, Kind>;
  required: string[];
}[] = [
  {
    name: 'POST /api/clients',
    send: (b) => clinician.post('/api/clients').send(b as object),
    valid: () => ({
      firstName: 'Maya',
      lastName: 'L',
      preferredName: 'May',
      dateOfBirth: '1990-01-01',
      pronouns: 'she/her',
      attachmentStyle: 'anxious',
      presentingPatterns: ['low_self_worth'],
      intakeDate: '2026-01-05',
      email: 'maya@client.example',
      contactByEmail: true,
    }),
    fields: {
      firstName: 'text',
      lastName: 'text',
      dateOfBirth: 'date',
      attachmentStyle: 'enum',
      presentingPatterns: 'patterns',
      intakeDate: 'date',
      email: 'email',
      contactByEmail: 'bool',
    },
    required: ['firstName', 'lastName', 'intakeDate'],
  },
  {
    name: 'PATCH /api/clients/:id',
    send: (b) => clinician.patch(`/api/clients/${clientId}`).send(b as object),
    valid: () => ({ firstName: 'Maya', attachmentStyle: 'secure', email: 'maya@client.example', contactByEmail: false, version: 1 }),
    fields: { firstName: 'text', attachmentStyle: 'enum', version: 'int', intakeDate: 'date', email: 'email', contactByEmail: 'bool' },
    required: ['version'],
  },
  {
    name: 'POST /api/clients/:id/measure-plans',
    send: (b) => clinician.post(`/api/clients/${planClient}/measure-plans`).send(b as object),
    valid: () => ({
      instruments: ['phq9'],
      includeGoals: true,
      cadence: 'every_2_weeks',
      startsOn: today(),
      endsOn: null,
      expiresInDays: 7,
      reminderAfterDays: 2,
    }),
    fields: { includeGoals: 'bool', cadence: 'enum', startsOn: 'date', expiresInDays: 'int', reminderAfterDays: 'int' },
    required: ['instruments', 'cadence', 'startsOn'],
  },
  {
    name: 'PATCH /api/measure-plans/:id',
    send: (b) => clinician.patch(`/api/measure-plans/${planId}`).send(b as object),
    valid: () => ({ cadence: 'weekly', status: 'active', version: 1 }),
    fields: { cadence: 'enum', status: 'enum', version: 'int', endsOn: 'date' },
    required: ['version'],
  },
  {
    name: 'POST /api/clients/:id/discharge',
    send: (b) => clinician.post(`/api/clients/${clientId}/discharge`).send(b as object),
    valid: () => ({ dischargedOn: '2026-05-01', reason: 'Planned ending' }),
    fields: { dischargedOn: 'date', reason: 'text' },
    required: ['dischargedOn', 'reason'],
  },
  {
    name: 'POST /api/clients/:id/care-team',
    send: (b) => clinician.post(`/api/clients/${clientId}/care-team`).send(b as object),
    valid: () => ({ userId: '00000000-0000-4000-8000-000000000000' }),
    fields: { userId: 'uuid' },
    required: ['userId'],
  },
  {
    name: 'POST /api/clients/:id/sessions',
    send: (b) => clinician.post(`/api/clients/${clientId}/sessions`).send(JSON.parse(JSON.stringify(b).replaceAll('"GOAL"', JSON.stringify(goalId)))),
    valid: () => ({
      startedAt: '2026-03-02T15:00:00Z',
      durationMinutes: 50,
      modality: 'individual',
      setting: 'in_person',
      attendance: 'attended',
      summary: 'S',
      plan: 'P',
      goalRatings: [{ goalId: 'GOAL', rating: 5 }],
      patterns: [{ pattern: 'low_self_worth', intensity: 1 }],
      interventions: [{ approach: 'eft', techniques: ['heightening'], note: 'N', goalIds: ['GOAL'] }],
    }),
    fields: {
      startedAt: 'instant',
      durationMinutes: 'duration',
      modality: 'enum',
      setting: 'enum',
      attendance: 'enum',
      goalRatings: 'ratings',
      interventions: 'interventions',
    },
    required: ['startedAt', 'durationMinutes', 'modality', 'setting', 'attendance'],
  },
  {
    name: 'POST /api/clients/:id/goals',
    send: (b) => clinician.post(`/api/clients/${clientId}/goals`).send(b as object),
    valid: () => ({ domain: 'self_esteem', title: 'Speak kindly to myself', description: 'D', baseline: 2, target: 7, startedOn: '2026-02-01' }),
    fields: { domain: 'enum', title: 'text', baseline: 'score', target: 'score', startedOn: 'date' },
    required: ['domain', 'title', 'baseline', 'target', 'startedOn'],
  },
  {
    name: 'PATCH /api/goals/:id',
    send: (b) => clinician.patch(`/api/goals/${goalId}`).send(b as object),
    valid: () => ({ title: 'New title', target: 9, status: 'paused', version: 1 }),
    fields: { title: 'text', target: 'score', status: 'enum', version: 'int' },
    required: ['version'],
  },
  {
    name: 'PATCH /api/sessions/:id',
    send: (b) => clinician.patch(`/api/sessions/${draftId}`).send(JSON.parse(JSON.stringify(b).replaceAll('"GOAL"', JSON.stringify(goalId)))),
    valid: () => ({
      startedAt: '2026-03-02T15:00:00Z',
      durationMinutes: 55,
      modality: 'couples',
      setting: 'telehealth',
      attendance: 'attended',
      goalRatings: [{ goalId: 'GOAL', rating: 6 }],
      version: 1,
    }),
    fields: { startedAt: 'instant', durationMinutes: 'duration', modality: 'enum', attendance: 'enum', goalRatings: 'ratings', version: 'int' },
    required: ['startedAt', 'durationMinutes', 'modality', 'setting', 'attendance', 'version'],
  },
  {
    name: 'POST /api/sessions/:id/sign',
    send: (b) => clinician.post(`/api/sessions/${draftId}/sign`).send(b as object),
    valid: () => ({ version: 1 }),
    fields: { version: 'int' },
    required: [],
  },
  {
    name: 'POST /api/sessions/:id/addenda',
    send: (b) => clinician.post(`/api/sessions/${signedId}/addenda`).send(b as object),
    valid: () => ({ text: 'A later correction.' }),
    fields: { text: 'text' },
    required: ['text'],
  },
  {
    name: 'POST /api/clients/:id/measures',
    send: (b) => clinician.post(`/api/clients/${clientId}/measures`).send(b as object),
    valid: () => ({ instrument: 'phq9', administeredOn: '2026-02-02', responses: [0, 1, 2, 3, 0, 1, 2, 3, 0] }),
    fields: { instrument: 'enum', administeredOn: 'date', responses: 'patterns' },
    required: ['instrument', 'administeredOn', 'responses'],
  },
  {
    name: 'PATCH /api/users/:id',
    send: (b) => admin.patch(`/api/users/${adminTarget}`).send(b as object),
    valid: () => ({ displayName: 'Renamed', role: 'supervisor', active: true, password: 'another-long-phrase-99' }),
    fields: { displayName: 'text', role: 'enum', active: 'bool', password: 'text' },
    required: [],
  },
  {
    name: 'POST /api/auth/login',
    send: (b) =>
      t
        .http()
        .post('/api/auth/login')
        .send(b as object),
    valid: () => ({ email: 'nobody@test.example', password: 'whatever-it-is' }),
    fields: { email: 'enum', password: 'text' },
    required: ['email', 'password'],
  },
  // The client's questionnaire routes, with no sign-in: bad bodies are refused before the link is touched.
  {
    name: 'POST /api/q/:token/verify',
    send: (b) =>
      t
        .http()
        .post(`/api/q/${linkToken}/verify`)
        .send(b as object),
    valid: () => ({ dateOfBirth: '1990-01-01' }),
    fields: { dateOfBirth: 'date' },
    required: ['dateOfBirth'],
  },
  {
    name: 'POST /api/q/:token/responses',
    send: (b) =>
      t
        .http()
        .post(`/api/q/${linkToken}/responses`)
        .set('Cookie', linkCookie)
        .send(JSON.parse(JSON.stringify(b).replaceAll('"GOAL"', JSON.stringify(linkGoal)))),
    valid: () => ({ measures: [{ instrument: 'phq9', responses: [0, 1, 2, 3, 0, 1, 2, 3, 0] }], goalRatings: [{ goalId: 'GOAL', rating: 5 }] }),
    fields: { measures: 'patterns', goalRatings: 'ratings' },
    required: ['measures'],
  },
  {
    name: 'POST /api/users',
    send: (b) => admin.post('/api/users').send(b as object),
    valid: () => ({ email: 'someone@test.example', displayName: 'Some One', role: 'clinician', password: 'a-long-unusual-phrase-42' }),
    fields: { email: 'enum', displayName: 'text', role: 'enum', password: 'text' },
    required: ['email', 'displayName', 'role', 'password'],
  },
];

describe.each(routes)('$name under generated bad input', (route) => {
  it('answers 4xx with the field named, never 500, and writes nothing', async () => {
    const before = await tableCounts(t.db);
    await fc.assert(
      fc.asyncProperty(brokenBodies(route.valid(), route.fields, route.required), async (body) => {
        const res = await route.send(body);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        if (res.status === 400) expect(res.body.details?.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
    expect(await tableCounts(t.db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Wrong values for every query parameter of the read routes. */
const queries = fc.constantFrom(
  '/api/clients?limit=0',
  '/api/clients?limit=201',
  '/api/clients?limit=-1',
  '/api/clients?limit=abc',
  '/api/clients?limit=1.5',
  '/api/clients?status=gone',
  '/api/clients?cursor=%00%ff',
  '/api/clients?q=' + 'x'.repeat(101),
  '/api/clients?extra=1',
  'SESSIONS?from=2026-02-30',
  'SESSIONS?to=yesterday',
  'SESSIONS?cursor=eyJ4IjoxfQ',
  'SESSIONS?limit=1e9',
  'CLIENT/interventions?approach=hypnosis',
  'CLIENT/interventions?from=2026-13-01',
  'CLIENT/measures?instrument=bdi',
  'CLIENT/progress?from=2026-03-01&to=2026-02-01',
  'CLIENT/progress?from=tomorrow',
  'CLIENT/summary?format=docx',
  'CLIENT/summary?includeNotes=maybe',
  'CLIENT/summary?from=2026-02-30',
  '/api/audit?action=steal',
  '/api/audit?clientId=1',
  "/api/clients?q=' OR 1=1 --",
  '/api/clients?q=<script>alert(1)</script>',
  '/api/clients/not-a-uuid',
  '/api/sessions/1%27%3B',
  '/api/clients/not-a-uuid/prep',
  "/api/clients/1'%3B--/prep",
);

it('answers bad query parameters and path ids with 400, never 500, writing nothing', async () => {
  const before = await tableCounts(t.db);
  await fc.assert(
    fc.asyncProperty(queries, async (q) => {
      const path = q.replace('SESSIONS', `/api/clients/${clientId}/sessions`).replace('CLIENT', `/api/clients/${clientId}`);
      const who = path.startsWith('/api/audit') ? admin : clinician;
      const res = await who.get(path);
      // q=<script> and q=' OR 1=1 are legitimate searches: 200 with no match; everything else is a 400.
      if (path.includes('q=%27') || path.includes("q='") || path.includes('q=<')) expect(res.status).toBe(200);
      else expect(res.status).toBe(400);
    }),
    { numRuns: 60 },
  );
  // Reads write audit events; compare the clinical tables only.
  const after = await tableCounts(t.db);
  delete before.audit_event;
  delete after.audit_event;
  expect(after).toEqual(before);
});

it('answers invalid UTF-8 in a JSON body with 4xx and writes nothing', async () => {
  const before = await tableCounts(t.db);
  const bytes = Buffer.concat([
    Buffer.from('{"firstName":"'),
    Buffer.from([0xff, 0xfe, 0xc3]),
    Buffer.from('","lastName":"B","intakeDate":"2026-01-01"}'),
  ]);
  const res = await clinician
    .post('/api/clients')
    .set('Content-Type', 'application/json')
    .serialize((b) => b)
    .send(bytes);
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(await tableCounts(t.db)).toEqual(before);
});

it('answers deeply nested JSON with 400', async () => {
  let nested: unknown = 'x';
  for (let i = 0; i < 2000; i++) nested = { a: nested };
  const res = await clinician.post('/api/clients').send({ firstName: nested, lastName: 'B', intakeDate: '2026-01-01' });
  expect(res.status).toBe(400);
});

// ---------------------------------------------------------------------------------------------
// Inputs no field rule should have to know about (docs/security.md, "Hostile input"): NUL
// characters, lone surrogate halves, nesting past the depth limit, bytes that are not UTF-8 and
// forged cursors. Each is stopped in one place (common/request-shape.ts, common/pagination.ts).

/** Every path to a string inside a body, as the API names fields (`interventions[0].techniques[0]`). */
function stringPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => stringPaths(v, Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k));
}

function setAt(body: Record<string, unknown>, path: string, replace: (old: unknown) => unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  const keys = path.match(/[^.[\]]+/g)!;
  let here = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) here = here[k] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  here[last] = replace(here[last]);
  return copy;
}

/** Text that PostgreSQL cannot store (NUL) or UTF-8 cannot encode (a lone surrogate half), somewhere in a string. */
const poisoned = (old: string) =>
  fc
    .tuple(fc.constantFrom('\u0000', '\ud800', '\udfff', 'a\udc00b', '\u0000\u0000'), fc.nat({ max: old.length }))
    .map(([bad, at]) => old.slice(0, at) + bad + old.slice(at));

function nestedTo(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

// Every route whose body holds text (POST /api/sessions/:id/sign's holds none).
describe.each(routes.filter((r) => stringPaths(r.valid()).length > 0))('$name with hostile text', (route) => {
  const valid = route.valid();
  const paths = stringPaths(valid);

  it('answers 400 naming the field for NUL or a lone surrogate in any string, and writes nothing', async () => {
    const before = await tableCounts(t.db);
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...paths)
          .chain((path) =>
            poisoned(path.split(/[.[]/).reduce<unknown>((v, k) => (v as Record<string, unknown>)[k.replace(']', '')], valid) as string).map(
              (text) => ({ path, text }),
            ),
          ),
        async ({ path, text }) => {
          const res = await route.send(setAt(valid, path, () => text));
          expect(res.status).toBe(400);
          expect(res.body.details).toEqual([{ field: path, problem: expect.stringMatching(/NUL character|valid Unicode/) }]);
        },
      ),
      { numRuns: 25 },
    );
    expect(await tableCounts(t.db)).toEqual(before);
  });
});

describe.each(routes)('$name with hostile shapes', (route) => {
  const valid = route.valid();

  it('answers 400 before any transformation for nesting up to 5,000 levels, in a field or as the whole body', async () => {
    const before = await tableCounts(t.db);
    const fields = Object.keys(valid);
    await fc.assert(
      // Generated bodies stop at 3,000 levels: the test's own JSON.stringify overflows near 4,100 (the
      // hand-written 5,000-level texts below cover the deeper ones).
      fc.asyncProperty(
        fc.integer({ min: 33, max: 5000 }),
        fc.boolean(),
        fc.option(fc.constantFrom(...fields), { nil: undefined }),
        async (maxDepth, asArray, field) => {
          const depth = Math.min(maxDepth, 3000);
          const body = field === undefined ? nestedTo(depth, valid, asArray) : { ...valid, [field]: nestedTo(depth, 'x', asArray) };
          const res = await route.send(body);
          expect(res.status).toBe(400);
          expect(res.body.details).toEqual([
            {
              field: expect.stringMatching(field === undefined ? /^(body|\[0\]|a)/ : new RegExp(`^${field}`)),
              problem: 'must not nest deeper than 32 levels',
            },
          ]);
        },
      ),
      { numRuns: 12 },
    );
    expect(await tableCounts(t.db)).toEqual(before);
  });
});

it.each([
  ['/api/auth/login', 'email'],
  ['/api/clients', 'firstName'],
])('answers a hand-written 5,000-level body on %s with 400 naming the field', async (path, field) => {
  const text = `{"${field}":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},"lastName":"B"}`;
  const who = path === '/api/auth/login' ? t.http() : clinician;
  const res = await who
    .post(path)
    .set('Content-Type', 'application/json')
    .serialize((b) => b)
    .send(text);
  expect(res.status).toBe(400);
  expect(res.body.details).toEqual([{ field, problem: 'must not nest deeper than 32 levels' }]);
});

it('logs no error for deeply nested bodies (they are refused before class-transformer recurses)', async () => {
  const seen: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    seen.push(String(chunk));
    return true;
  });
  try {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: nestedTo(1500, 'x', true), password: 'p' });
    expect(res.status).toBe(400);
  } finally {
    spy.mockRestore();
  }
  expect(seen.filter((line) => /"level":(50|60)/.test(line) || /Maximum call stack/.test(line))).toEqual([]);
});

const NOT_UTF8 = [
  [0xc0, 0xaf], // overlong encoding of '/'
  [0xff, 0xfe],
  [0xed, 0xa0, 0x80], // a surrogate half encoded as UTF-8
  [0xe2, 0x82], // truncated sequence
  [0x80],
];

it.each(NOT_UTF8)('answers bytes that are not UTF-8 (%#) in a JSON body with 400 and stores nothing', async (...bytes) => {
  const before = await tableCounts(t.db);
  const body = Buffer.concat([Buffer.from('{"firstName":"A'), Buffer.from(bytes), Buffer.from('","lastName":"B","intakeDate":"2026-01-01"}')]);
  // serialize: send the bytes as they are (superagent would otherwise JSON-encode the Buffer object).
  const res = await clinician
    .post('/api/clients')
    .set('Content-Type', 'application/json')
    .serialize((b) => b)
    .send(body);
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('malformed_body');
  expect(await tableCounts(t.db)).toEqual(before);
});

/** Where each write route of `routes` is, to send it raw bytes (superagent would re-encode a string). */
function rawTarget(name: string): { agent: () => TestAgent | ReturnType<TestApp['http']>; method: 'post' | 'patch'; path: string } {
  const [verb, template] = name.split(' ');
  const path = template
    .replace('/api/clients/:id', `/api/clients/${clientId}`)
    .replace('/api/goals/:id', `/api/goals/${goalId}`)
    .replace('/api/sessions/:id/addenda', `/api/sessions/${signedId}/addenda`)
    .replace('/api/sessions/:id', `/api/sessions/${draftId}`)
    .replace('/api/users/:id', `/api/users/${adminTarget}`)
    .replace('/api/q/:token', `/api/q/${linkToken}`);
  const agent = path.startsWith('/api/users')
    ? () => admin
    : path === '/api/auth/login' || path.startsWith('/api/q/')
      ? () => t.http()
      : () => clinician;
  return { agent, method: verb === 'PATCH' ? 'patch' : 'post', path };
}

it("answers bytes that are not UTF-8 in any write route's body with 400 and stores nothing", async () => {
  const before = await tableCounts(t.db);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), fc.constantFrom(...NOT_UTF8), async (route, bytes) => {
      const { agent, method, path } = rawTarget(route.name);
      // The bad bytes inside a text field of an otherwise valid body (or an extra one where it has none).
      const valid = route.valid();
      const field = stringPaths(valid).find((p) => !p.includes('[')) ?? 'note';
      const [head, tail] = JSON.stringify({ ...valid, [field]: 'A\u0001B' }).split('\\u0001');
      const body = Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(tail)]);
      const sender = agent();
      const res = await sender[method](path)
        .set('Content-Type', 'application/json')
        .serialize((b) => b)
        .send(body);
      expect({ route: route.name, status: res.status, code: res.body.code }).toEqual({ route: route.name, status: 400, code: 'malformed_body' });
    }),
    { numRuns: 40 },
  );
  expect(await tableCounts(t.db)).toEqual(before);
});

/** Every query parameter of the read routes, with a value that is fine but for a NUL or a lone surrogate. */
const QUERY_PARAMETERS: [string, string, string][] = [
  ['/api/clients', 'q', 'May'],
  ['/api/clients', 'status', 'active'],
  ['/api/clients', 'cursor', 'abc'],
  ['/api/clients', 'limit', '5'],
  ['SESSIONS', 'from', '2026-01-01'],
  ['SESSIONS', 'to', '2026-12-01'],
  ['CLIENT/interventions', 'approach', 'eft'],
  ['CLIENT/measures', 'instrument', 'phq9'],
  ['CLIENT/progress', 'from', '2026-01-01'],
  ['CLIENT/summary', 'format', 'md'],
  ['CLIENT/summary', 'includeNotes', 'true'],
  ['/api/audit', 'action', 'read'],
  ['/api/audit', 'clientId', '00000000-0000-4000-8000-000000000000'],
];

it('answers NUL or a lone surrogate in any query parameter with 400 naming the parameter, writing nothing', async () => {
  const before = await tableCounts(t.db);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...QUERY_PARAMETERS),
      fc.constantFrom('%00', '%ED%A0%80', 'x%00y', '%00%00'),
      async ([route, name, value], bad) => {
        const path = route.replace('SESSIONS', `/api/clients/${clientId}/sessions`).replace('CLIENT', `/api/clients/${clientId}`);
        const who = path.startsWith('/api/audit') ? admin : clinician;
        const res = await who.get(`${path}?${name}=${encodeURIComponent(value)}${bad}`);
        expect(res.status).toBe(400);
        expect(res.body.details).toEqual([{ field: name, problem: expect.any(String) }]);
      },
    ),
    { numRuns: 40 },
  );
  const after = await tableCounts(t.db);
  delete before.audit_event;
  delete after.audit_event;
  expect(after).toEqual(before);
});

const cursorOf = (at: unknown, id: unknown) => Buffer.from(JSON.stringify([at, id])).toString('base64url');
const REAL_ID = '6f1c1a52-1d2e-4c55-9d7e-0a6f2b8c9d10';

it('answers a forged cursor on every list route with 400 naming cursor', async () => {
  const lists = [
    `/api/clients`,
    `/api/clients/${clientId}/sessions`,
    `/api/clients/${clientId}/interventions`,
    `/api/clients/${clientId}/measures`,
    `/api/audit`,
  ];
  const forged = fc.oneof(
    fc.constantFrom(
      cursorOf('1', REAL_ID),
      cursorOf('2026-01-01 (x)', REAL_ID),
      cursorOf('2026-02-30T00:00:00Z', REAL_ID),
      cursorOf('-271821-04-20T00:00:00Z', REAL_ID),
      cursorOf('-271821-04-20T00:00:00.000Z', REAL_ID),
      cursorOf('2026-01-01T00:00:00.000Z', '-'.repeat(36)),
      cursorOf('2026-01-01T00:00:00.000Z', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz'),
    ),
    fc.tuple(fc.string(), fc.string()).map(([at, id]) => cursorOf(at, id)),
    fc
      .tuple(fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }), fc.uuid())
      .filter(([d]) => d.getUTCFullYear() < 0 || d.getUTCFullYear() > 9999)
      .map(([d, id]) => cursorOf(d.toISOString(), id)),
    fc.json().map((j) => Buffer.from(j).toString('base64url')),
  );
  const before = await tableCounts(t.db);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...lists), forged, async (list, cursor) => {
      const who = list === '/api/audit' ? admin : clinician;
      const res = await who.get(`${list}?cursor=${cursor}`);
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'cursor', problem: 'is not a cursor from this API' }]);
    }),
    { numRuns: 60 },
  );
  const after = await tableCounts(t.db);
  delete before.audit_event;
  delete after.audit_event;
  expect(after).toEqual(before);
});

it('pages through a list with the cursors it hands out', async () => {
  for (let i = 0; i < 3; i++) await clinician.post('/api/clients').send({ firstName: `Page${i}`, lastName: 'P', intakeDate: '2026-01-01' });
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    const res: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await clinician.get(
      `/api/clients?status=all&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(res.status).toBe(200);
    for (const item of res.body.items) seen.add(item.id);
    cursor = res.body.nextCursor;
  } while (cursor);
  const all = await clinician.get('/api/clients?status=all&limit=200');
  expect(seen.size).toBe(all.body.items.length);
});

/** What a link's path may carry instead of a token: nothing of it may reach a statement or a 5xx. */
const NOT_A_TOKEN = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 60 }),
    fc.constantFrom('x'.repeat(43), 'A'.repeat(2000), '..%2F..%2Fetc%2Fpasswd', "'; DROP TABLE client; --", '%00', '\u0000', '👀'.repeat(20)),
    fc.stringMatching(/^[A-Za-z0-9_-]{10,80}$/),
  )
  .filter(encodable);

/** A lone surrogate cannot be put in a URL at all (encodeURIComponent throws), so no request can carry one. */
function encodable(s: string): boolean {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
}

it('answers any token in a link route that is not a live one with 404 link_invalid, changing nothing', async () => {
  const before = await tableCounts(t.db);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom('GET', 'VERIFY', 'STOP'), NOT_A_TOKEN, async (route, token) => {
      const base = `/api/q/${encodeURIComponent(token)}`;
      const res =
        route === 'GET'
          ? await t.http().get(base)
          : route === 'VERIFY'
            ? await t.http().post(`${base}/verify`).send({ dateOfBirth: '1990-01-01' })
            : await t.http().post(`${base}/stop-emails`).send({});
      // An encoded "/" or "." can change the path itself: then no route matches, and 404 is the router's.
      expect({ route, token, status: res.status }).toEqual({ route, token, status: 404 });
      if (!/%2F|%2E|^\.+$/i.test(encodeURIComponent(token))) expect(res.body.code).toMatch(/^(link_invalid|not_found)$/);
    }),
    { numRuns: 120 },
  );
  expect(await tableCounts(t.db)).toEqual(before);
});

it('answers a malformed invitation id in the show-link route with 400 naming it', async () => {
  for (const id of ['x', '1', "'; DROP TABLE invitation; --", '00000000-0000-0000-0000-00000000000g']) {
    const res = await clinician.post(`/api/invitations/${encodeURIComponent(id)}/link`).send({});
    expect({ id, status: res.status, field: res.body.details?.[0]?.field }).toEqual({ id, status: 400, field: 'id' });
  }
});
