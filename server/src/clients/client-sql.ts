/** The columns of a ClientDto, from `client c`; shared by every endpoint that returns clients. */
export const CLIENT_COLUMNS = `c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.preferred_name AS "preferredName",
  c.date_of_birth AS "dateOfBirth", c.pronouns, c.attachment_style AS "attachmentStyle",
  c.presenting_patterns::text[] AS "presentingPatterns", c.intake_date AS "intakeDate", c.status,
  c.primary_clinician_id AS "primaryClinicianId", c.discharged_on AS "dischargedOn", c.version,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  ARRAY(SELECT m.user_id FROM care_team_member m WHERE m.client_id = c.id ORDER BY m.added_at, m.user_id) AS "careTeam"`;
