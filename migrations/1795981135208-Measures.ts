import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run migration:generate`; never edit after it lands.
export class Measures1795981135208 implements MigrationInterface {
  name = 'Measures1795981135208';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."instrument" AS ENUM('phq9', 'gad7', 'rses', 'ecr_r', 'ecr_rs')`);
    await queryRunner.query(`CREATE TABLE "measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "session_id" uuid, "instrument" "public"."instrument" NOT NULL, "administered_on" date NOT NULL, "responses" smallint array NOT NULL, "scores" jsonb NOT NULL, "band" text, "flags" text array NOT NULL DEFAULT '{}', "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ddc1ad2a86717cedc808809423e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d28363f86c1f5532d80b0aa386" ON "measure"  ("client_id", "instrument", "administered_on") `);
    await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_9c62e724ef60850d67228bac817" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_0c4435e900a2043d689c9cd4348" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_2e1b0a380932a9066ca60ac8c3f" FOREIGN KEY ("session_id") REFERENCES "therapy_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_65edc849c7007a2b55e7f2d458c" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_65edc849c7007a2b55e7f2d458c"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_2e1b0a380932a9066ca60ac8c3f"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_0c4435e900a2043d689c9cd4348"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_9c62e724ef60850d67228bac817"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d28363f86c1f5532d80b0aa386"`);
    await queryRunner.query(`DROP TABLE "measure"`);
    await queryRunner.query(`DROP TYPE "public"."instrument"`);
  }
}
