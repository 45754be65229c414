import { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written: new values appended to two enums in place. A generated migration would rebuild
// each type from the entity's full list, which drops values another migration added meanwhile
// and fails on the partial index that compares status with 'draft'. ADD VALUE keeps both.
// The new values can be used only once this migration's transaction has committed, so the
// triggers that name 'pending_cosign' come in a later migration (PendingSessionsAreFrozen).
export class CosignVocabulary1795990000000 implements MigrationInterface {
  name = 'CosignVocabulary1795990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "session_status" ADD VALUE IF NOT EXISTS 'pending_cosign' BEFORE 'signed'`);
    await queryRunner.query(`ALTER TYPE "audit_action" ADD VALUE IF NOT EXISTS 'cosign'`);
    await queryRunner.query(`ALTER TYPE "audit_action" ADD VALUE IF NOT EXISTS 'return'`);
  }

  async down(): Promise<void> {
    // PostgreSQL cannot drop a value from an enum; the values stay, unused.
  }
}
