/** One round trip for a session and all its parts, as SessionDto. `s` is the therapy_session alias. */
export const SESSION_COLUMNS = `s.id, s.client_id AS "clientId", s.clinician_id AS "clinicianId", s.started_at AS "startedAt",
  s.duration_minutes AS "durationMinutes", s.modality, s.setting, s.attendance, s.summary, s.plan, s.status,
  s.signed_at AS "signedAt", s.signed_by AS "signedBy", s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  COALESCE((SELECT json_agg(json_build_object('goalId', r.goal_id, 'rating', r.rating, 'comment', r.comment) ORDER BY g.created_at, r.goal_id)
              FROM goal_rating r JOIN goal g ON g.id = r.goal_id WHERE r.session_id = s.id), '[]') AS "goalRatings",
  COALESCE((SELECT json_agg(json_build_object('pattern', p.pattern, 'intensity', p.intensity) ORDER BY p.pattern)
              FROM pattern_observation p WHERE p.session_id = s.id), '[]') AS "patterns",
  COALESCE((SELECT json_agg(json_build_object('id', n.id, 'approach', n.approach, 'techniques', n.techniques, 'note', n.note, 'goalIds', n.goal_ids) ORDER BY n.position)
              FROM intervention_note n WHERE n.session_id = s.id), '[]') AS "interventions",
  COALESCE((SELECT json_agg(json_build_object('id', a.id, 'sessionId', a.session_id, 'authorId', a.author_id, 'authorName', u.display_name,
                                              'text', a.text, 'createdAt', a.created_at) ORDER BY a.created_at, a.id)
              FROM addendum a JOIN app_user u ON u.id = a.author_id WHERE a.session_id = s.id), '[]') AS "addenda"`;

/** Inserts a session's ratings, patterns and notes (three statements, whatever their number). */
export const INSERT_RATINGS = `INSERT INTO goal_rating (practice_id, client_id, session_id, goal_id, rating, comment)
  SELECT $1, $2, $3, x."goalId", x.rating, x.comment FROM jsonb_to_recordset($4::jsonb) AS x("goalId" uuid, rating smallint, comment text)`;
export const INSERT_PATTERNS = `INSERT INTO pattern_observation (practice_id, client_id, session_id, pattern, intensity)
  SELECT $1, $2, $3, x.pattern, x.intensity FROM jsonb_to_recordset($4::jsonb) AS x(pattern presenting_pattern, intensity smallint)`;
export const INSERT_INTERVENTIONS = `INSERT INTO intervention_note (practice_id, client_id, session_id, position, approach, techniques, note, goal_ids)
  SELECT $1, $2, $3, x.position, x.approach, x.techniques, x.note, x."goalIds"
    FROM jsonb_to_recordset($4::jsonb) AS x(position smallint, approach approach, techniques text[], note text, "goalIds" uuid[])`;
