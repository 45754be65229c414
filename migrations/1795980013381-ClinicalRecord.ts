import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run migration:generate`; never edit after it lands.
export class ClinicalRecord1795980013381 implements MigrationInterface {
  name = 'ClinicalRecord1795980013381';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."goal_domain" AS ENUM('self_awareness', 'emotional_regulation', 'communication', 'boundary_setting', 'self_esteem', 'secure_attachment', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."goal_status" AS ENUM('active', 'achieved', 'paused', 'discontinued')`);
    await queryRunner.query(`CREATE TABLE "goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "domain" "public"."goal_domain" NOT NULL, "title" text NOT NULL, "description" text, "baseline" smallint NOT NULL, "target" smallint NOT NULL, "status" "public"."goal_status" NOT NULL DEFAULT 'active', "started_on" date NOT NULL, "achieved_on" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "goal_target_range" CHECK ("target" BETWEEN 0 AND 10), CONSTRAINT "goal_baseline_range" CHECK ("baseline" BETWEEN 0 AND 10), CONSTRAINT "PK_88c8e2b461b711336c836b1e130" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_070eed65ab43b893268759bd62" ON "goal"  ("client_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."session_modality" AS ENUM('individual', 'couples', 'family', 'group')`);
    await queryRunner.query(`CREATE TYPE "public"."session_setting" AS ENUM('in_person', 'telehealth')`);
    await queryRunner.query(`CREATE TYPE "public"."session_attendance" AS ENUM('attended', 'cancelled', 'no_show')`);
    await queryRunner.query(`CREATE TYPE "public"."session_status" AS ENUM('draft', 'signed')`);
    await queryRunner.query(`CREATE TABLE "therapy_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "clinician_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" smallint NOT NULL, "modality" "public"."session_modality" NOT NULL, "setting" "public"."session_setting" NOT NULL, "attendance" "public"."session_attendance" NOT NULL, "summary" text, "plan" text, "status" "public"."session_status" NOT NULL DEFAULT 'draft', "signed_at" TIMESTAMP WITH TIME ZONE, "signed_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "therapy_session_duration_range" CHECK ("duration_minutes" BETWEEN 1 AND 600), CONSTRAINT "PK_e93fdabd0275685d8e6f7d288dc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b725f0739017d873f50decc2bd" ON "therapy_session"  ("clinician_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_8746bb9a854329423186d893e5" ON "therapy_session"  ("client_id", "started_at") `);
    await queryRunner.query(`CREATE TABLE "goal_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "session_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "rating" smallint NOT NULL, "comment" text, CONSTRAINT "goal_rating_once_per_session" UNIQUE ("session_id", "goal_id"), CONSTRAINT "goal_rating_range" CHECK ("rating" BETWEEN 0 AND 10), CONSTRAINT "PK_4247ced5479396321ceca89b0af" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4d7f55e850844ac3669b24a366" ON "goal_rating"  ("client_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_51e0ffa6c0ba300ab85dd550c1" ON "goal_rating"  ("goal_id") `);
    await queryRunner.query(`CREATE TABLE "pattern_observation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "session_id" uuid NOT NULL, "pattern" "public"."presenting_pattern" NOT NULL, "intensity" smallint NOT NULL, CONSTRAINT "pattern_once_per_session" UNIQUE ("session_id", "pattern"), CONSTRAINT "pattern_intensity_range" CHECK ("intensity" BETWEEN 0 AND 3), CONSTRAINT "PK_c6b1228f7148e4579f81a92df02" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d37e60e5c748911f49c7731e19" ON "pattern_observation"  ("client_id") `);
    await queryRunner.query(`CREATE TYPE "public"."approach" AS ENUM('attachment_based', 'eft', 'mbct', 'cbt', 'ipt', 'group', 'schema', 'trauma_informed', 'other')`);
    await queryRunner.query(`CREATE TABLE "intervention_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "session_id" uuid NOT NULL, "position" smallint NOT NULL, "approach" "public"."approach" NOT NULL, "techniques" text array NOT NULL DEFAULT '{}', "note" text, "goal_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_21d03e242c7749890eb9d43dfbd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_491cd4558f5e5d63b7d292e15d" ON "intervention_note"  ("client_id", "approach") `);
    await queryRunner.query(`CREATE INDEX "IDX_80ec04221d95fc34ad0197fe35" ON "intervention_note"  ("session_id") `);
    await queryRunner.query(`CREATE TABLE "addendum" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "session_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c2f63d714beb03629fc82dcb52" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e9abad57688b3ca4651ba60280" ON "addendum"  ("session_id") `);
    await queryRunner.query(`ALTER TABLE "goal" ADD CONSTRAINT "FK_3671b9ac2cf32b964c15f98b1ed" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal" ADD CONSTRAINT "FK_0d4bc732028ef3ac1e657dd9334" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "therapy_session" ADD CONSTRAINT "FK_81841379be3c81ec54be78bdadd" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "therapy_session" ADD CONSTRAINT "FK_0c94e449eaba37bed31ae4d778d" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "therapy_session" ADD CONSTRAINT "FK_6ea266ff40cab44fa9d40fc6dca" FOREIGN KEY ("clinician_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal_rating" ADD CONSTRAINT "FK_a7869cd5499ba10218ca4ac7ecc" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal_rating" ADD CONSTRAINT "FK_d6e9448bfd4a58e81a59ca518ce" FOREIGN KEY ("session_id") REFERENCES "therapy_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal_rating" ADD CONSTRAINT "FK_51e0ffa6c0ba300ab85dd550c1f" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pattern_observation" ADD CONSTRAINT "FK_30d3c10fce507b8bd0e3d11db5e" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pattern_observation" ADD CONSTRAINT "FK_9907fe2ffe03793d8d35627dc9d" FOREIGN KEY ("session_id") REFERENCES "therapy_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intervention_note" ADD CONSTRAINT "FK_f8c82cef82b7ebdc0a099520112" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intervention_note" ADD CONSTRAINT "FK_80ec04221d95fc34ad0197fe359" FOREIGN KEY ("session_id") REFERENCES "therapy_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "addendum" ADD CONSTRAINT "FK_c798d2ef3270938870ce9c004e8" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "addendum" ADD CONSTRAINT "FK_e9abad57688b3ca4651ba602802" FOREIGN KEY ("session_id") REFERENCES "therapy_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "addendum" ADD CONSTRAINT "FK_ea2fa73c8ebb26e8d48ece2b959" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "addendum" DROP CONSTRAINT "FK_ea2fa73c8ebb26e8d48ece2b959"`);
    await queryRunner.query(`ALTER TABLE "addendum" DROP CONSTRAINT "FK_e9abad57688b3ca4651ba602802"`);
    await queryRunner.query(`ALTER TABLE "addendum" DROP CONSTRAINT "FK_c798d2ef3270938870ce9c004e8"`);
    await queryRunner.query(`ALTER TABLE "intervention_note" DROP CONSTRAINT "FK_80ec04221d95fc34ad0197fe359"`);
    await queryRunner.query(`ALTER TABLE "intervention_note" DROP CONSTRAINT "FK_f8c82cef82b7ebdc0a099520112"`);
    await queryRunner.query(`ALTER TABLE "pattern_observation" DROP CONSTRAINT "FK_9907fe2ffe03793d8d35627dc9d"`);
    await queryRunner.query(`ALTER TABLE "pattern_observation" DROP CONSTRAINT "FK_30d3c10fce507b8bd0e3d11db5e"`);
    await queryRunner.query(`ALTER TABLE "goal_rating" DROP CONSTRAINT "FK_51e0ffa6c0ba300ab85dd550c1f"`);
    await queryRunner.query(`ALTER TABLE "goal_rating" DROP CONSTRAINT "FK_d6e9448bfd4a58e81a59ca518ce"`);
    await queryRunner.query(`ALTER TABLE "goal_rating" DROP CONSTRAINT "FK_a7869cd5499ba10218ca4ac7ecc"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP CONSTRAINT "FK_6ea266ff40cab44fa9d40fc6dca"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP CONSTRAINT "FK_0c94e449eaba37bed31ae4d778d"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP CONSTRAINT "FK_81841379be3c81ec54be78bdadd"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_0d4bc732028ef3ac1e657dd9334"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_3671b9ac2cf32b964c15f98b1ed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e9abad57688b3ca4651ba60280"`);
    await queryRunner.query(`DROP TABLE "addendum"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_80ec04221d95fc34ad0197fe35"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_491cd4558f5e5d63b7d292e15d"`);
    await queryRunner.query(`DROP TABLE "intervention_note"`);
    await queryRunner.query(`DROP TYPE "public"."approach"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d37e60e5c748911f49c7731e19"`);
    await queryRunner.query(`DROP TABLE "pattern_observation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_51e0ffa6c0ba300ab85dd550c1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d7f55e850844ac3669b24a366"`);
    await queryRunner.query(`DROP TABLE "goal_rating"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8746bb9a854329423186d893e5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b725f0739017d873f50decc2bd"`);
    await queryRunner.query(`DROP TABLE "therapy_session"`);
    await queryRunner.query(`DROP TYPE "public"."session_status"`);
    await queryRunner.query(`DROP TYPE "public"."session_attendance"`);
    await queryRunner.query(`DROP TYPE "public"."session_setting"`);
    await queryRunner.query(`DROP TYPE "public"."session_modality"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_070eed65ab43b893268759bd62"`);
    await queryRunner.query(`DROP TABLE "goal"`);
    await queryRunner.query(`DROP TYPE "public"."goal_status"`);
    await queryRunner.query(`DROP TYPE "public"."goal_domain"`);
  }
}
