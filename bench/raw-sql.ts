import type { Pool } from 'pg';
import { ABSOLUTE_LIMIT_MS, SESSION_LOOKUP_SQL } from '../server/src/auth/session-store';
import { DASHBOARD_SQL } from '../server/src/progress/dashboard.service';
import { MEASURES_SQL, PROGRESS_SQL } from '../server/src/progress/progress.service';
import { SESSION_COLUMNS } from '../server/src/sessions/session-sql';
import type { Generated } from './generate';

/**
 * The same SQL each read endpoint runs for its payload, straight through pg: the denominator of
 * "API throughput / raw-SQL throughput". (The API also looks up the session and user, checks
 * access and writes an audit event: that is part of what the ratio shows.)
 */
export async function rawQueries(pool: Pool, g: Generated) {
  const { rows: [user] } = await pool.query(`SELECT id, practice_id FROM app_user WHERE email = $1`, [g.longClinicianEmail]);
  const { rows: [session] } = await pool.query(`SELECT sid FROM auth_session WHERE user_id = $1 LIMIT 1`, [user.id]);
  return {
    // The session store's one statement, the same text: the session and its current user (PgSessionStore.get).
    me: () => pool.query(SESSION_LOOKUP_SQL, [session.sid, new Date(), new Date(Date.now() - ABSOLUTE_LIMIT_MS)]),
    dashboard: () => pool.query(DASHBOARD_SQL, [user.id, user.practice_id, new Date()]),
    progress: () => Promise.all([pool.query(PROGRESS_SQL, [g.longClientId, null, null, user.practice_id]), pool.query(MEASURES_SQL, [g.longClientId, null, null, user.practice_id])]),
    sessions: () => pool.query(`SELECT ${SESSION_COLUMNS} FROM therapy_session s WHERE s.client_id = $1 AND s.practice_id = $2 ORDER BY s.started_at DESC, s.id DESC LIMIT 51`, [g.longClientId, user.practice_id]),
  };
}
