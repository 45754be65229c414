import { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written: the same rule as SignedSessionsAreFrozen (parts of a signed session never change),
// checked once per statement over its transition table instead of once per row. A session's
// ratings, patterns and notes are written in one statement each, so this is one lookup instead
// of one per row; bulk loads (backup restore, the benchmark generator) go several times faster.
const PARTS = ['goal_rating', 'pattern_observation', 'intervention_note'];

export class SessionPartsFrozenPerStatement1795982000000 implements MigrationInterface {
  name = 'SessionPartsFrozenPerStatement1795982000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of PARTS) await queryRunner.query(`DROP TRIGGER ${table}_frozen ON ${table}`);
    await queryRunner.query(`DROP FUNCTION session_part_frozen_when_signed()`);
    for (const [op, tables] of [['insert', 'new_rows'], ['delete', 'old_rows'], ['update', 'new_rows UNION ALL SELECT session_id FROM old_rows']] as const) {
      await queryRunner.query(`
        CREATE FUNCTION session_parts_frozen_on_${op}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM therapy_session s WHERE s.status = 'signed'
                       AND s.id IN (SELECT session_id FROM ${tables})) THEN
            RAISE EXCEPTION 'parts of a signed session cannot be changed' USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN NULL;
        END $$`);
    }
    for (const table of PARTS) {
      await queryRunner.query(`CREATE TRIGGER ${table}_frozen_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION session_parts_frozen_on_insert()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_frozen_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION session_parts_frozen_on_delete()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_frozen_update AFTER UPDATE ON ${table}
        REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION session_parts_frozen_on_update()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of PARTS) {
      for (const op of ['insert', 'delete', 'update']) await queryRunner.query(`DROP TRIGGER ${table}_frozen_${op} ON ${table}`);
    }
    for (const op of ['insert', 'delete', 'update']) await queryRunner.query(`DROP FUNCTION session_parts_frozen_on_${op}()`);
    await queryRunner.query(`
      CREATE FUNCTION session_part_frozen_when_signed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
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
    for (const table of PARTS) {
      await queryRunner.query(`CREATE TRIGGER ${table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION session_part_frozen_when_signed()`);
    }
  }
}
