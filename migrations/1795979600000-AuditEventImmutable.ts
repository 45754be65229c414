import { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written: the audit trail is append-only for every database user that does not own the
// table's triggers. UPDATE, DELETE and TRUNCATE raise an error, whatever code path asks.
export class AuditEventImmutable1795979600000 implements MigrationInterface {
  name = 'AuditEventImmutable1795979600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON audit_event`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_delete ON audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_is_append_only()`);
  }
}
