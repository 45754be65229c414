import { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written. A safety alert never disappears unseen: no row is deleted or truncated, and a
// resolved alert can no longer change (resolving is the last UPDATE allowed: it sees
// OLD.status = 'open'). The audit actions of questionnaire links are added one by one with
// IF NOT EXISTS, so another branch adding its own actions to the same type does not collide.
const NEW_AUDIT_ACTIONS = ['invite', 'void', 'verify_failed', 'submit', 'review', 'resolve'];

export class SafetyAlertsAreKept1796172000000 implements MigrationInterface {
  name = 'SafetyAlertsAreKept1796172000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const action of NEW_AUDIT_ACTIONS) {
      await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE IF NOT EXISTS '${action}'`);
    }
    await queryRunner.query(`
      CREATE FUNCTION safety_alert_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'safety alert % cannot be deleted', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.status = 'resolved' THEN
          RAISE EXCEPTION 'safety alert % is resolved and cannot change', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER safety_alert_kept BEFORE UPDATE OR DELETE ON safety_alert
      FOR EACH ROW EXECUTE FUNCTION safety_alert_kept()`);
    await queryRunner.query(`CREATE TRIGGER safety_alert_no_truncate BEFORE TRUNCATE ON safety_alert
      FOR EACH STATEMENT EXECUTE FUNCTION clinical_record_never_truncated()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER safety_alert_no_truncate ON safety_alert`);
    await queryRunner.query(`DROP TRIGGER safety_alert_kept ON safety_alert`);
    await queryRunner.query(`DROP FUNCTION safety_alert_kept()`);
    // PostgreSQL cannot drop an enum value; the added audit actions stay.
  }
}
