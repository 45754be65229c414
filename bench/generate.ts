import { APPROACHES } from '@securebase/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../server/src/auth/passwords';
import { NOTES, SUMMARIES } from '../server/src/demo/demo-story';

export interface Scale {
  clinicians: number;
  activePerClinician: number;
  pastPerClinician: number;
  /** Years of weekly sessions for each active client. */
  years: number;
  /** Sessions each past (discharged) client had. */
  pastSessions: number;
}

export const PRACTICE_SCALE: Scale = { clinicians: 25, activePerClinician: 25, pastPerClinician: 100, years: 3, pastSessions: 12 };
export const TINY_SCALE: Scale = { clinicians: 2, activePerClinician: 3, pastPerClinician: 4, years: 0.25, pastSessions: 3 };
export const BENCH_PASSWORD = 'bench-password-2026';

export interface Generated {
  /** The five-year client (260 weekly sessions, 6 goals) and its clinician. */
  longClientId: string;
  longClinicianEmail: string;
  seconds: number;
  rows: Record<string, number>;
  bytes: Record<string, number>;
}

const FIRST = [
  'Maya',
  'Jon',
  'Priya',
  'Elena',
  'Tomás',
  'Hannah',
  'Kwame',
  'Sofia',
  'Daniel',
  'Aiko',
  'Lena',
  'Omar',
  'Ruth',
  'Ines',
  'Felix',
  'Nora',
];
const LAST = [
  'Lindqvist',
  'Reyes',
  'Raman',
  'Novak',
  'Ferreira',
  'Becker',
  'Mensah',
  'Russo',
  'Park',
  'Sato',
  'Keller',
  'Haddad',
  'Okafor',
  'Moreau',
  'Silva',
  'Brandt',
];

/** About 250-word notes, assembled from the demo's note sentences (fictional, our own words). */
function notePool(): string[] {
  const sentences = Object.values(NOTES).flat();
  return Array.from({ length: 24 }, (_, i) => Array.from({ length: 8 }, (_, j) => sentences[(i * 5 + j * 7) % sentences.length]).join(' '));
}

/**
 * Fills a migrated, empty database with a realistic practice using set-based SQL (not the HTTP
 * API): that is the only way to write ~130k sessions in well under a minute on two cores.
 * Sessions are inserted as drafts, their parts added, then signed, so the frozen-when-signed
 * triggers stay on and are exercised.
 */
export async function generatePractice(db: DataSource, scale: Scale): Promise<Generated> {
  const started = Date.now();
  const steps: Record<string, number> = {};
  const q = async (sql: string, params: unknown[] = []) => {
    const t0 = Date.now();
    const out = await db.query(sql, params);
    const step = sql.trim().split(/\s+/).slice(0, 3).join(' ');
    steps[step] = (steps[step] ?? 0) + (Date.now() - t0);
    return out;
  };
  await q(`SET statement_timeout = 0`);
  await q(`SELECT setseed(0.42)`);
  const [{ id: practiceId }] = await q(`INSERT INTO practice (name) VALUES ('Benchmark Practice') RETURNING id`);
  const hash = await hashPassword(BENCH_PASSWORD);
  const [{ id: supervisorId }] = await q(
    `INSERT INTO app_user (practice_id, email, display_name, role, password_hash) VALUES ($1, 'supervisor@bench.test', 'Bench Supervisor', 'supervisor', $2) RETURNING id`,
    [practiceId, hash],
  );
  await q(
    `INSERT INTO app_user (practice_id, email, display_name, role, supervisor_id, password_hash)
     SELECT $1, 'clinician' || n || '@bench.test', 'Clinician ' || n, 'clinician', $2, $3 FROM generate_series(1, $4) n`,
    [practiceId, supervisorId, hash, scale.clinicians],
  );
  const weeks = Math.round(scale.years * 52);
  const perClinician = scale.activePerClinician + scale.pastPerClinician;
  // Clients: the first `activePerClinician` of each clinician are active, the rest discharged.
  await q(
    `INSERT INTO client (practice_id, first_name, last_name, intake_date, status, discharged_on, primary_clinician_id, attachment_style, presenting_patterns)
     SELECT $1, ($2::text[])[1 + (k % 16)], ($3::text[])[1 + ((k / 16) % 16)],
            CASE WHEN k < $5 THEN current_date - ($6::int * 7) ELSE current_date - (1000 + (k % 700)) END,
            CASE WHEN k < $5 THEN 'active' ELSE 'discharged' END::client_status,
            CASE WHEN k < $5 THEN NULL ELSE current_date - (1000 + (k % 700)) + $7::int * 7 END,
            u.id, 'anxious', '{fear_of_abandonment,reassurance_seeking}'
       FROM app_user u, generate_series(0, $4 - 1) k
      WHERE u.practice_id = $1 AND u.role = 'clinician'`,
    [practiceId, FIRST, LAST, perClinician, scale.activePerClinician, weeks, scale.pastSessions],
  );
  await q(
    `INSERT INTO care_team_member (client_id, user_id, practice_id) SELECT id, primary_clinician_id, practice_id FROM client WHERE practice_id = $1`,
    [practiceId],
  );
  // The five-year client of issue 7 / the export benchmark.
  const [{ id: longClientId }] = await q(
    `INSERT INTO client (practice_id, first_name, last_name, intake_date, primary_clinician_id, attachment_style)
     SELECT $1, 'Five', 'Year', current_date - 260 * 7, id, 'anxious' FROM app_user WHERE email = 'clinician1@bench.test' RETURNING id`,
    [practiceId],
  );
  await q(`INSERT INTO care_team_member (client_id, user_id, practice_id) SELECT id, primary_clinician_id, practice_id FROM client WHERE id = $1`, [
    longClientId,
  ]);

  // 3–6 goals per client (6 for the five-year client).
  await q(
    `INSERT INTO goal (practice_id, client_id, domain, title, baseline, target, started_on)
     SELECT c.practice_id, c.id, (enum_range(NULL::goal_domain))[1 + (g % 7)], 'Goal ' || g || ' in the client''s own words', 2 + (g % 3), 8, c.intake_date
       FROM client c, LATERAL generate_series(1, CASE WHEN c.id = $2 THEN 6 ELSE 3 + (abs(hashtext(c.id::text)) % 4) END) g
      WHERE c.practice_id = $1`,
    [practiceId, longClientId],
  );
  // Weekly sessions: active clients for `years`, past clients `pastSessions`, the long client 260.
  await q(
    `INSERT INTO therapy_session (practice_id, client_id, clinician_id, started_at, duration_minutes, modality, setting, attendance, summary, plan)
     SELECT c.practice_id, c.id, c.primary_clinician_id, (c.intake_date + w * 7)::timestamp + interval '15 hours', 50, 'individual',
            CASE WHEN random() < 0.3 THEN 'telehealth' ELSE 'in_person' END::session_setting,
            CASE WHEN random() < 0.05 THEN 'cancelled' WHEN random() < 0.04 THEN 'no_show' ELSE 'attended' END::session_attendance,
            ($3::text[])[1 + (w % 6)], 'Continue the practice agreed today.'
       FROM client c, LATERAL generate_series(0, CASE WHEN c.id = $2 THEN 259 WHEN c.status = 'active' THEN $4 - 1 ELSE $5 - 1 END) w
      WHERE c.practice_id = $1 AND (c.intake_date + w * 7) <= current_date`,
    [practiceId, longClientId, SUMMARIES, weeks, scale.pastSessions],
  );
  await q(`UPDATE therapy_session SET summary = NULL, plan = NULL WHERE practice_id = $1 AND attendance <> 'attended'`, [practiceId]);
  // Goals rated in most attended sessions, drifting upwards with noise.
  await q(
    `INSERT INTO goal_rating (practice_id, client_id, session_id, goal_id, rating)
     SELECT s.practice_id, s.client_id, s.id, g.id,
            LEAST(10, GREATEST(0, g.baseline + ((s.started_at::date - g.started_on) / 60) + (random() * 2 - 1)::int))
       FROM therapy_session s JOIN goal g ON g.client_id = s.client_id
      WHERE s.practice_id = $1 AND s.attendance = 'attended' AND random() < 0.85`,
    [practiceId],
  );
  await q(
    `INSERT INTO pattern_observation (practice_id, client_id, session_id, pattern, intensity)
     SELECT s.practice_id, s.client_id, s.id, p::presenting_pattern, (random() * 3)::int
       FROM therapy_session s, unnest(ARRAY['fear_of_abandonment', 'reassurance_seeking']) p
      WHERE s.practice_id = $1 AND s.attendance = 'attended'`,
    [practiceId],
  );
  // 1–3 intervention notes of a few hundred words per attended session.
  await q(
    `INSERT INTO intervention_note (practice_id, client_id, session_id, position, approach, techniques, note, goal_ids)
     SELECT s.practice_id, s.client_id, s.id, n - 1, ($2::approach[])[1 + ((abs(hashtext(s.id::text)) + n) % 8)],
            ARRAY['technique ' || n], ($3::text[])[1 + ((abs(hashtext(s.id::text)) + n) % 24)], '{}'
       FROM therapy_session s, LATERAL generate_series(1, 1 + abs(hashtext(s.id::text)) % 3) n
      WHERE s.practice_id = $1 AND s.attendance = 'attended'`,
    [practiceId, APPROACHES.filter((a) => a !== 'other'), notePool()],
  );
  // PHQ-9 and GAD-7 every four weeks.
  await q(
    `INSERT INTO measure (practice_id, client_id, session_id, instrument, administered_on, responses, scores, band, flags, created_by)
     SELECT s.practice_id, s.client_id, s.id, i.code::instrument, s.started_at::date, r.responses,
            jsonb_build_object('total', r.total),
            CASE WHEN r.total <= 4 THEN 'minimal' WHEN r.total <= 9 THEN 'mild' WHEN r.total <= 14 THEN 'moderate'
                 WHEN i.code = 'phq9' AND r.total <= 19 THEN 'moderately_severe' ELSE 'severe' END,
            '{}', s.clinician_id
       FROM therapy_session s
       CROSS JOIN (VALUES ('phq9', 9), ('gad7', 7)) AS i(code, items)
       CROSS JOIN LATERAL (SELECT array_agg(v)::smallint[] AS responses, sum(v)::int AS total
                             FROM (SELECT (random() * 2.4)::int AS v FROM generate_series(1, i.items)) x) r
      WHERE s.practice_id = $1 AND s.attendance = 'attended' AND (s.started_at::date - (SELECT intake_date FROM client WHERE id = s.client_id)) % 28 = 0`,
    [practiceId],
  );
  // Sign everything but each client's latest session (the frozen-when-signed trigger allows this UPDATE).
  await q(
    `UPDATE therapy_session s SET status = 'signed', signed_at = s.started_at + interval '1 hour', signed_by = s.clinician_id
      WHERE s.practice_id = $1 AND s.started_at < (SELECT max(started_at) FROM therapy_session l WHERE l.client_id = s.client_id)`,
    [practiceId],
  );
  await q(`ANALYZE`);

  const tables = ['client', 'goal', 'therapy_session', 'goal_rating', 'pattern_observation', 'intervention_note', 'measure'];
  const rows: Record<string, number> = {};
  const bytes: Record<string, number> = {};
  for (const table of tables) {
    const [{ n, size }] = await q(
      `SELECT count(*)::int AS n, pg_total_relation_size('${table}')::bigint AS size FROM ${table} WHERE practice_id = $1`,
      [practiceId],
    );
    rows[table] = n;
    bytes[table] = Number(size);
  }
  if (process.env.BENCH_VERBOSE) console.log('generator steps (ms):', steps);
  return {
    longClientId,
    longClinicianEmail: 'clinician1@bench.test',
    seconds: (Date.now() - started) / 1000,
    rows,
    bytes,
  };
}
