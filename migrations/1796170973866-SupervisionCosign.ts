import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run migration:generate`; never edit after it lands.
export class SupervisionCosign1796170973866 implements MigrationInterface {
  name = 'SupervisionCosign1796170973866';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "session_return" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "session_id" uuid NOT NULL, "returned_by" uuid NOT NULL, "comment" text NOT NULL, "returned_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_66217fe86d54cc794d097eedd26" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_2ed5cb5483ab7c2ca9da09e7ec" ON "session_return"  ("session_id") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "requires_cosign" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "therapy_session" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "therapy_session" ADD "cosigned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "therapy_session" ADD "cosigned_by" uuid`);
    await queryRunner.query(`CREATE INDEX "therapy_session_by_submission" ON "therapy_session"  ("clinician_id", "submitted_at") `);
    await queryRunner.query(`ALTER TABLE "therapy_session" ADD CONSTRAINT "FK_4bc1f502d873586f8132ee94477" FOREIGN KEY ("cosigned_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_return" ADD CONSTRAINT "FK_284a8281f82dc314c5f0c0e8101" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_return" ADD CONSTRAINT "FK_2ed5cb5483ab7c2ca9da09e7ece" FOREIGN KEY ("session_id") REFERENCES "therapy_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_return" ADD CONSTRAINT "FK_795d0d25cf4446b7df3bcda00fd" FOREIGN KEY ("returned_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_return" DROP CONSTRAINT "FK_795d0d25cf4446b7df3bcda00fd"`);
    await queryRunner.query(`ALTER TABLE "session_return" DROP CONSTRAINT "FK_2ed5cb5483ab7c2ca9da09e7ece"`);
    await queryRunner.query(`ALTER TABLE "session_return" DROP CONSTRAINT "FK_284a8281f82dc314c5f0c0e8101"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP CONSTRAINT "FK_4bc1f502d873586f8132ee94477"`);
    await queryRunner.query(`DROP INDEX "public"."therapy_session_by_submission"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP COLUMN "cosigned_by"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP COLUMN "cosigned_at"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP COLUMN "submitted_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "requires_cosign"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ed5cb5483ab7c2ca9da09e7ec"`);
    await queryRunner.query(`DROP TABLE "session_return"`);
  }
}
