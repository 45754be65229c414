import { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written, extending SignedSessionsAreFrozen and SessionPartsFrozenPerStatement to sessions
// waiting for co-signature. Such a session, its ratings, patterns and notes never change, whatever
// code path or SQL session asks, with two exceptions: the supervisor's co-signature (to 'signed',
// naming who co-signed) and a return (back to 'draft'); both leave the author's text as it was.
// A clinician who requires co-signature cannot move a draft straight to 'signed' either.
// Returns are kept like addenda: never changed, deleted or truncated.
const PARTS_CHECK = {
  insert: 'new_rows',
  delete: 'old_rows',
  update: 'new_rows UNION ALL SELECT session_id FROM old_rows',
} as const;

// The columns the author wrote; a co-signature or a return must leave every one of them as it was.
const AUTHORED = ['practice_id', 'client_id', 'clinician_id', 'started_at', 'duration_minutes', 'modality', 'setting', 'attendance', 'summary', 'plan', 'created_at'];
const row = (alias: string) => `(${AUTHORED.map((c) => `${alias}.${c}`).join(', ')})`;

function partsFunction(op: keyof typeof PARTS_CHECK, statuses: string): string {
  return `
    CREATE OR REPLACE FUNCTION session_parts_frozen_on_${op}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM therapy_session s WHERE s.status IN (${statuses})
                   AND s.id IN (SELECT session_id FROM ${PARTS_CHECK[op]})) THEN
        RAISE EXCEPTION 'parts of a signed session cannot be changed' USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NULL;
    END $$`;
}

export class PendingSessionsAreFrozen1796171000000 implements MigrationInterface {
  name = 'PendingSessionsAreFrozen1796171000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION therapy_session_frozen_when_signed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'signed' THEN
          RAISE EXCEPTION 'signed session % cannot be changed; add an addendum instead', OLD.id
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.status = 'pending_cosign' THEN
          IF TG_OP = 'DELETE' OR NEW.status = 'pending_cosign' OR ${row('NEW')} IS DISTINCT FROM ${row('OLD')}
             OR (NEW.status = 'signed' AND (NEW.cosigned_by IS NULL OR NEW.cosigned_at IS NULL)) THEN
            RAISE EXCEPTION 'session % waits for co-signature and cannot be changed', OLD.id
              USING ERRCODE = 'insufficient_privilege';
          END IF;
        ELSIF TG_OP = 'UPDATE' AND NEW.status = 'signed' AND NEW.cosigned_by IS NULL
              AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = NEW.clinician_id AND u.requires_cosign) THEN
          RAISE EXCEPTION 'session % needs its supervisor''s co-signature', OLD.id
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    for (const op of Object.keys(PARTS_CHECK) as (keyof typeof PARTS_CHECK)[]) {
      await queryRunner.query(partsFunction(op, `'signed', 'pending_cosign'`));
    }

    await queryRunner.query(`
      CREATE FUNCTION session_return_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'returns cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER session_return_no_update_delete BEFORE UPDATE OR DELETE ON session_return
      FOR EACH ROW EXECUTE FUNCTION session_return_is_append_only()`);
    await queryRunner.query(`CREATE TRIGGER session_return_no_truncate BEFORE TRUNCATE ON session_return
      FOR EACH STATEMENT EXECUTE FUNCTION clinical_record_never_truncated()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER session_return_no_truncate ON session_return`);
    await queryRunner.query(`DROP TRIGGER session_return_no_update_delete ON session_return`);
    await queryRunner.query(`DROP FUNCTION session_return_is_append_only()`);
    for (const op of Object.keys(PARTS_CHECK) as (keyof typeof PARTS_CHECK)[]) {
      await queryRunner.query(partsFunction(op, `'signed'`));
    }
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION therapy_session_frozen_when_signed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'signed' THEN
          RAISE EXCEPTION 'signed session % cannot be changed; add an addendum instead', OLD.id
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
  }
}
