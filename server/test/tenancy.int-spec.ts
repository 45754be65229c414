import type { Logger, QueryRunner } from 'typeorm';
import { createClient, createGoal, createMeasure, createSession } from './factories';
import { startTestApp, TestApp } from './harness';

/**
 * Distribution by practice (docs/scaling.md) needs every statement that reads clinical tables to
 * name the practice. This records the SQL the read endpoints run and checks that it does.
 */
let t: TestApp;
const statements: string[] = [];

const TENANT_TABLES =
  /\b(client|goal|therapy_session|goal_rating|pattern_observation|intervention_note|addendum|measure|care_team_member|audit_event)\b/;
// Not clinical tables: sessions and sign-in bookkeeping, and the user lookup by id after access is settled.
const OUTSIDE_THE_CLAIM =
  /^\s*(SELECT data FROM auth_session|INSERT INTO auth_session|UPDATE auth_session|SELECT u\.id, u\.email|START TRANSACTION|COMMIT|ROLLBACK|SET TRANSACTION)/;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('runs only statements that filter on practice_id for every client read, chart, list and export', async () => {
  const practiceId = await t.practice();
  const user = await t.user(practiceId, 'clinician');
  const agent = await t.signIn(user);
  const client = await createClient(agent);
  const goal = await createGoal(agent, client.id);
  await createSession(agent, client.id, {
    startedAt: '2026-02-02T10:00:00Z',
    goalRatings: [{ goalId: goal.id, rating: 5 }],
    interventions: [{ approach: 'eft', note: 'n' }],
  });
  await createMeasure(agent, client.id, { instrument: 'gad7', administeredOn: '2026-02-02', responses: [1, 1, 1, 1, 1, 1, 1] });

  const logger = t.db.logger;
  (t.db as unknown as { logger: Partial<Logger> }).logger = {
    ...logger,
    logQuery: (query: string, _params?: unknown[], _runner?: QueryRunner) => void statements.push(query),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
  };
  try {
    for (const path of [
      '/api/clients',
      `/api/clients/${client.id}`,
      '/api/dashboard',
      `/api/clients/${client.id}/progress`,
      `/api/clients/${client.id}/prep`,
      `/api/clients/${client.id}/sessions`,
      `/api/clients/${client.id}/goals`,
      `/api/clients/${client.id}/measures`,
      `/api/clients/${client.id}/interventions`,
      `/api/clients/${client.id}/summary?format=csv`,
    ]) {
      expect((await agent.get(path)).status).toBe(200);
    }
  } finally {
    (t.db as unknown as { logger: Logger }).logger = logger;
  }
  const clinical = statements.filter((s) => TENANT_TABLES.test(s) && !OUTSIDE_THE_CLAIM.test(s));
  expect(clinical.length).toBeGreaterThan(15);
  expect(clinical.filter((s) => !/practice_id/.test(s))).toEqual([]);
});
