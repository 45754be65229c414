import fc from 'fast-check';
import type TestAgent from 'supertest/lib/agent';
import { startTestApp, tableCounts, TestApp } from './harness';

let t: TestApp;
let clinician: TestAgent;
let admin: TestAgent;
let clientId: string;
let goalId: string;

beforeAll(async () => {
  t = await startTestApp();
  const practiceId = await t.practice();
  clinician = await t.signIn(await t.user(practiceId, 'clinician'));
  admin = await t.signIn(await t.user(practiceId, 'admin'));
  clientId = (await clinician.post('/api/clients').send({ firstName: 'A', lastName: 'B', intakeDate: '2026-01-01' })).body.id;
  goalId = (await clinician.post(`/api/clients/${clientId}/goals`).send({ domain: 'other', title: 'G', baseline: 2, target: 8, startedOn: '2026-01-01' })).body.id;
});
afterAll(() => t.close());

/** Values that are wrong for any field of the given kind. */
const wrongFor = {
  text: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }), fc.constant('x'.repeat(20_001))),
  // No null here: optional dates (dateOfBirth) may be cleared with null.
  date: fc.oneof(fc.constantFrom('2026-02-30', '2026-13-01', '26-01-01', '2026/01/01', '', 'yesterday', '2026-01-01T00:00:00Z'), fc.integer(), fc.boolean()),
  enum: fc.oneof(fc.string({ maxLength: 12 }).filter((s) => !/^[a-z_]+$/.test(s)), fc.constantFrom('SECURE', 'clingy', "'; DROP TABLE client; --", '<script>'), fc.integer()),
  int: fc.oneof(fc.constantFrom(-1, 0, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER), fc.string({ maxLength: 5 }), fc.constant(null), fc.boolean()),
  uuid: fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.constant('00000000-0000-0000-0000-00000000000g')),
  patterns: fc.oneof(fc.string(), fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 }), fc.integer()),
  instant: fc.oneof(fc.constantFrom('2026-03-02', '2026-03-02T15:00:00', '2026-02-30T15:00:00Z', '2999-01-01T00:00:00Z', 'now', ''), fc.integer(), fc.constant(null)),
  duration: fc.oneof(fc.constantFrom(0, -5, 601, 50.5, 1e9), fc.string({ maxLength: 3 }), fc.constant(null)),
  ratings: fc.oneof(
    fc.record({ goalId: fc.constant('GOAL'), rating: fc.oneof(fc.integer({ min: 11 }), fc.integer({ max: -1 }), fc.double({ min: 0.1, max: 9.9, noInteger: true }), fc.string()) }).map((r) => [r]),
    fc.record({ goalId: fc.oneof(fc.uuid(), fc.string()), rating: fc.integer({ min: 0, max: 10 }) }).map((r) => [r]),
    fc.constant([{ goalId: 'GOAL', rating: 3 }, { goalId: 'GOAL', rating: 4 }]),
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
  const wrongValue = fc
    .constantFrom(...Object.keys(fields))
    .chain((field) => wrongFor[fields[field]].map((value) => ({ ...valid, [field]: value })));
  const missing = required.length
    ? fc.constantFrom(...required).map((field) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== field)))
    : wrongValue;
  const extra = fc
    .oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'practiceId', 'id', 'version2'), fc.string({ minLength: 1, maxLength: 10 }))
    .filter((k) => !(k in fields) && k !== 'version')
    .map((k) => JSON.parse(`{${JSON.stringify(k)}: {"polluted": true}, ${JSON.stringify(valid).slice(1)}`));
  return fc.oneof(wrongValue, missing, extra);
}

const routes: { name: string; send: (body: unknown) => Promise<{ status: number; body: { details?: unknown[] } }>; valid: () => Record<string, unknown>; fields: Record<string, Kind>; required: string[] }[] = [
  {
    name: 'POST /api/clients',
    send: (b) => clinician.post('/api/clients').send(b as object),
    valid: () => ({ firstName: 'Maya', lastName: 'L', preferredName: 'May', dateOfBirth: '1990-01-01', pronouns: 'she/her', attachmentStyle: 'anxious', presentingPatterns: ['low_self_worth'], intakeDate: '2026-01-05' }),
    fields: { firstName: 'text', lastName: 'text', dateOfBirth: 'date', attachmentStyle: 'enum', presentingPatterns: 'patterns', intakeDate: 'date' },
    required: ['firstName', 'lastName', 'intakeDate'],
  },
  {
    name: 'PATCH /api/clients/:id',
    send: (b) => clinician.patch(`/api/clients/${clientId}`).send(b as object),
    valid: () => ({ firstName: 'Maya', attachmentStyle: 'secure', version: 1 }),
    fields: { firstName: 'text', attachmentStyle: 'enum', version: 'int', intakeDate: 'date' },
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
      startedAt: '2026-03-02T15:00:00Z', durationMinutes: 50, modality: 'individual', setting: 'in_person', attendance: 'attended',
      summary: 'S', plan: 'P', goalRatings: [{ goalId: 'GOAL', rating: 5 }], patterns: [{ pattern: 'low_self_worth', intensity: 1 }],
      interventions: [{ approach: 'eft', techniques: ['heightening'], note: 'N', goalIds: ['GOAL'] }],
    }),
    fields: { startedAt: 'instant', durationMinutes: 'duration', modality: 'enum', setting: 'enum', attendance: 'enum', goalRatings: 'ratings', interventions: 'interventions' },
    required: ['startedAt', 'durationMinutes', 'modality', 'setting', 'attendance'],
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

it('answers deeply nested JSON with 400', async () => {
  let nested: unknown = 'x';
  for (let i = 0; i < 2000; i++) nested = { a: nested };
  const res = await clinician.post('/api/clients').send({ firstName: nested, lastName: 'B', intakeDate: '2026-01-01' });
  expect(res.status).toBe(400);
});
