import { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written: a signed session, its ratings, patterns and notes can never change, whatever
// code path (or SQL session) asks; addenda are never edited. Signing itself is the last UPDATE
// allowed: it sees OLD.status = 'draft'.
const TRUNCATE_PROTECTED = ['therapy_session', 'goal_rating', 'pattern_observation', 'intervention_note', 'addendum'];

export class SignedSessionsAreFrozen1795980100000 implements MigrationInterface {
  name = 'SignedSessionsAreFrozen1795980100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION therapy_session_frozen_when_signed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'signed' THEN
          RAISE EXCEPTION 'signed session % cannot be changed; add an addendum instead', OLD.id
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER therapy_session_frozen BEFORE UPDATE OR DELETE ON therapy_session
      FOR EACH ROW EXECUTE FUNCTION therapy_session_frozen_when_signed()`);

    await queryRunner.query(`
      CREATE FUNCTION session_part_frozen_when_signed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN ids := ARRAY[NEW.session_id];
        ELSIF TG_OP = 'DELETE' THEN ids := ARRAY[OLD.session_id];
        ELSE ids := ARRAY[OLD.session_id, NEW.session_id];
        END IF;
        IF EXISTS (SELECT 1 FROM therapy_session WHERE id = ANY(ids) AND status = 'signed') THEN
          RAISE EXCEPTION 'parts of a signed session cannot be changed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    for (const table of ['goal_rating', 'pattern_observation', 'intervention_note']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION session_part_frozen_when_signed()`);
    }

    await queryRunner.query(`
      CREATE FUNCTION addendum_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'addenda cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER addendum_no_update_delete BEFORE UPDATE OR DELETE ON addendum
      FOR EACH ROW EXECUTE FUNCTION addendum_is_append_only()`);
    await queryRunner.query(`
      CREATE FUNCTION clinical_record_never_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'clinical records cannot be truncated' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of TRUNCATE_PROTECTED) {
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION clinical_record_never_truncated()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TRUNCATE_PROTECTED) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION clinical_record_never_truncated()`);
    await queryRunner.query(`DROP TRIGGER addendum_no_update_delete ON addendum`);
    await queryRunner.query(`DROP FUNCTION addendum_is_append_only()`);
    for (const table of ['goal_rating', 'pattern_observation', 'intervention_note']) {
      await queryRunner.query(`DROP TRIGGER ${table}_frozen ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION session_part_frozen_when_signed()`);
    await queryRunner.query(`DROP TRIGGER therapy_session_frozen ON therapy_session`);
    await queryRunner.query(`DROP FUNCTION therapy_session_frozen_when_signed()`);
  }
}
