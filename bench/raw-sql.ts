import type { Pool } from 'pg';
import { sessionLookup } from '../server/src/auth/auth.repository';
import { ABSOLUTE_LIMIT_MS } from '../server/src/auth/sign-in-store';
import { dashboardStatement, measuresInRange, progressStatement } from '../server/src/progress/progress.repository';
import { prepared } from '../server/src/database/sql';
import { prepStatement } from '../server/src/prep/prep.repository';
import { sessionPage } from '../server/src/sessions/sessions.repository';
import type { Generated } from './generate';

/**
 * The same SQL each read endpoint runs for its payload, straight through pg: the denominator of
 * "API throughput / raw-SQL throughput". (The API also looks up the session and user, checks
 * access and writes an audit event: that is part of what the ratio shows.)
 */
export async function rawQueries(pool: Pool, g: Generated) {
  const {
    rows: [user],
  } = await pool.query(`SELECT id, practice_id FROM app_user WHERE email = $1`, [g.longClinicianEmail]);
  const {
    rows: [session],
  } = await pool.query(`SELECT sid FROM auth_session WHERE user_id = $1 LIMIT 1`, [user.id]);
  return {
    // The session store's one statement, the same text: the session and its current user (PgSessionStore.get).
    me: () => pool.query(sessionLookup(session.sid, new Date(), new Date(Date.now() - ABSOLUTE_LIMIT_MS))),
    // The repositories' own statements (an Sql is a pg query config: text and values), built per call as the API does.
    dashboard: () => pool.query(dashboardStatement({ id: user.id, practiceId: user.practice_id }, new Date())),
    progress: () =>
      Promise.all([
        pool.query(progressStatement(g.longClientId, user.practice_id, null, null)),
        pool.query(measuresInRange(g.longClientId, user.practice_id, null, null)),
      ]),
    // "Before the session": the panel's part of its one statement (no access rule, no audit insert), prepared as the route's is.
    prep: () => pool.query(prepared('prep_raw', prepStatement(g.longClientId, user.practice_id, new Date()))),
    sessions: () => pool.query(sessionPage(g.longClientId, user.practice_id, { from: null, to: null, cursor: null }, 51)),
  };
}

/**
 * `statement` through pg, `connections` at a time for `seconds`, each connection sending the next
 * as soon as the last answers (as autocannon loads the API): how many per second, and the median and
 * 99th-percentile latency in ms.
 */
export async function loadRaw(statement: () => Promise<unknown>, connections: number, seconds: number) {
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        await statement();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (share: number) => latencies[Math.floor(latencies.length * share)] ?? 0;
  return { perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}
