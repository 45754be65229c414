import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run migration:generate`; never edit after it lands.
export class MeasurePlans1796624394331 implements MigrationInterface {
  name = 'MeasurePlans1796624394331';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."measure_plan_cadence" AS ENUM('once', 'weekly', 'every_2_weeks', 'every_4_weeks', 'every_6_weeks', 'every_8_weeks')`);
    await queryRunner.query(`CREATE TABLE "measure_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "instruments" "public"."instrument" array NOT NULL, "include_goals" boolean NOT NULL DEFAULT false, "cadence" "public"."measure_plan_cadence" NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "expires_in_days" smallint NOT NULL DEFAULT '7', "reminder_after_days" smallint NOT NULL DEFAULT '2', "next_due_on" date, "stopped_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, CONSTRAINT "PK_5b6fbae2f3ee1cd3391d3f7e071" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_measure_plan_due" ON "measure_plan"  ("next_due_on") WHERE stopped_at IS NULL AND next_due_on IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_fd898e3086fd1a8d0fd9630918" ON "measure_plan"  ("client_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "email_stop_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_81990f3d527a8e3822fea66556c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_88053fe92086471cd6a7521a05" ON "email_stop_token"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "client" ADD "email" text`);
    await queryRunner.query(`ALTER TABLE "client" ADD "contact_by_email" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "client" ADD "contact_consent_on" date`);
    await queryRunner.query(`ALTER TABLE "client" ADD "email_stopped_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "plan_id" uuid`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "due_on" date`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "token_sealed" bytea`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "email_attempt_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "reminder_queued_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "reminder_attempt_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_invitation_reminder_due" ON "invitation"  ("emailed_at") WHERE reminded_at IS NULL AND reminder_queued_at IS NULL AND emailed_at IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_75b2f2864e75b2de671e872983" ON "invitation"  ("plan_id", "due_on") `);
    await queryRunner.query(`ALTER TABLE "measure_plan" ADD CONSTRAINT "FK_ec5f52e78a28fddb8b5ad340e3d" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_plan" ADD CONSTRAINT "FK_30afaf5d99f9961a299a98cd98c" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_plan" ADD CONSTRAINT "FK_056c6f8bdf6df18ebf4969a2d8f" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_70b9cbbcc2e74bfe41ec6e914d5" FOREIGN KEY ("plan_id") REFERENCES "measure_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "email_stop_token" ADD CONSTRAINT "FK_41f1f62813c4e9e8cdab454d873" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "email_stop_token" ADD CONSTRAINT "FK_a9f63b16b067275c02eba819821" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_stop_token" DROP CONSTRAINT "FK_a9f63b16b067275c02eba819821"`);
    await queryRunner.query(`ALTER TABLE "email_stop_token" DROP CONSTRAINT "FK_41f1f62813c4e9e8cdab454d873"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_70b9cbbcc2e74bfe41ec6e914d5"`);
    await queryRunner.query(`ALTER TABLE "measure_plan" DROP CONSTRAINT "FK_056c6f8bdf6df18ebf4969a2d8f"`);
    await queryRunner.query(`ALTER TABLE "measure_plan" DROP CONSTRAINT "FK_30afaf5d99f9961a299a98cd98c"`);
    await queryRunner.query(`ALTER TABLE "measure_plan" DROP CONSTRAINT "FK_ec5f52e78a28fddb8b5ad340e3d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_75b2f2864e75b2de671e872983"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_invitation_reminder_due"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "reminder_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "reminder_queued_at"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "email_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "token_sealed"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "due_on"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "plan_id"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "email_stopped_at"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "contact_consent_on"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "contact_by_email"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "email"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_88053fe92086471cd6a7521a05"`);
    await queryRunner.query(`DROP TABLE "email_stop_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd898e3086fd1a8d0fd9630918"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_measure_plan_due"`);
    await queryRunner.query(`DROP TABLE "measure_plan"`);
    await queryRunner.query(`DROP TYPE "public"."measure_plan_cadence"`);
  }
}
