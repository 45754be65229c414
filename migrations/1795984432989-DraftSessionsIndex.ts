import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run migration:generate`; never edit after it lands.
export class DraftSessionsIndex1795984432989 implements MigrationInterface {
  name = 'DraftSessionsIndex1795984432989';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "therapy_session_drafts_by_client" ON "therapy_session"  ("client_id") WHERE "status" = 'draft'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."therapy_session_drafts_by_client"`);
  }
}
