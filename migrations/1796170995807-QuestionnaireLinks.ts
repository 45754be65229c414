import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run migration:generate`; never edit after it lands.
export class QuestionnaireLinks1796170995807 implements MigrationInterface {
  name = 'QuestionnaireLinks1796170995807';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."invitation_source" AS ENUM('manual', 'schedule')`);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "instruments" "public"."instrument" array NOT NULL, "include_goals" boolean NOT NULL DEFAULT false, "source" "public"."invitation_source" NOT NULL DEFAULT 'manual', "token_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "failed_attempts" smallint NOT NULL DEFAULT '0', "locked_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "voided_at" TIMESTAMP WITH TIME ZONE, "voided_by" uuid, "emailed_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "delivery_error" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_68834f8cd37f3c9e1d565ab6aa" ON "invitation"  ("client_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "client_goal_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "invitation_id" uuid NOT NULL, "rating" smallint NOT NULL, "rated_on" date NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_10f1e9d905b44bf3baa97b1ae6" CHECK ("rating" BETWEEN 0 AND 10), CONSTRAINT "PK_0ef94dd3f3dc225e63258bef86f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ce6d55b6703e2d36c83ae58335" ON "client_goal_rating"  ("invitation_id", "goal_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_58f54867e4c43739fbf304dd7f" ON "client_goal_rating"  ("goal_id", "rated_on") `);
    await queryRunner.query(`CREATE TYPE "public"."alert_kind" AS ENUM('safety_item')`);
    await queryRunner.query(`CREATE TYPE "public"."alert_status" AS ENUM('open', 'resolved')`);
    await queryRunner.query(`CREATE TABLE "safety_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "kind" "public"."alert_kind" NOT NULL DEFAULT 'safety_item', "measure_id" uuid NOT NULL, "raised_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "status" "public"."alert_status" NOT NULL DEFAULT 'open', "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "resolved_by" uuid, "note" text, CONSTRAINT "PK_5ccc96d2857b62ca06fd02b2652" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8ed82c1afebfbd9570ea47209c" ON "safety_alert"  ("measure_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7d5a22aceb46de51a8b33ba4a2" ON "safety_alert"  ("client_id", "raised_at") `);
    await queryRunner.query(`ALTER TABLE "practice" ADD "crisis_resources" text`);
    await queryRunner.query(`CREATE TYPE "public"."measure_source" AS ENUM('clinician', 'client')`);
    await queryRunner.query(`ALTER TABLE "measure" ADD "source" "public"."measure_source" NOT NULL DEFAULT 'clinician'`);
    await queryRunner.query(`ALTER TABLE "measure" ADD "invitation_id" uuid`);
    await queryRunner.query(`ALTER TABLE "measure" ADD "reviewed_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "measure" ADD "reviewed_by" uuid`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_65edc849c7007a2b55e7f2d458c"`);
    await queryRunner.query(`ALTER TABLE "measure" ALTER COLUMN "created_by" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_1c056e03648f92266ec32555579" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_28c84c1d0a3d063f3e23b8b5a18" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_35ba8faf2f08814795c3b8f8cc3" FOREIGN KEY ("voided_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_7b045929c0c6e7f5af6a9507c77" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_65edc849c7007a2b55e7f2d458c" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_5177ef3a16d027ee1da8814c351" FOREIGN KEY ("invitation_id") REFERENCES "invitation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_8f8b5b39ddb93c204350e73a6d7" FOREIGN KEY ("reviewed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "client_goal_rating" ADD CONSTRAINT "FK_be0d3e207297d73bd9b99faf036" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "client_goal_rating" ADD CONSTRAINT "FK_3f8a46f6bb2cff2df4465c4fa97" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "client_goal_rating" ADD CONSTRAINT "FK_2eea1bdd885a586e7bf7acc1bf7" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "client_goal_rating" ADD CONSTRAINT "FK_185be13241f9b2e8fc02c984f5f" FOREIGN KEY ("invitation_id") REFERENCES "invitation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "safety_alert" ADD CONSTRAINT "FK_505fc060537087ba49ed909cf3d" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "safety_alert" ADD CONSTRAINT "FK_025dc51218647b8dc67fd97c0b0" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "safety_alert" ADD CONSTRAINT "FK_8ed82c1afebfbd9570ea47209c0" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "safety_alert" ADD CONSTRAINT "FK_b4686300f4e292b5ab9a867e1ab" FOREIGN KEY ("resolved_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "safety_alert" DROP CONSTRAINT "FK_b4686300f4e292b5ab9a867e1ab"`);
    await queryRunner.query(`ALTER TABLE "safety_alert" DROP CONSTRAINT "FK_8ed82c1afebfbd9570ea47209c0"`);
    await queryRunner.query(`ALTER TABLE "safety_alert" DROP CONSTRAINT "FK_025dc51218647b8dc67fd97c0b0"`);
    await queryRunner.query(`ALTER TABLE "safety_alert" DROP CONSTRAINT "FK_505fc060537087ba49ed909cf3d"`);
    await queryRunner.query(`ALTER TABLE "client_goal_rating" DROP CONSTRAINT "FK_185be13241f9b2e8fc02c984f5f"`);
    await queryRunner.query(`ALTER TABLE "client_goal_rating" DROP CONSTRAINT "FK_2eea1bdd885a586e7bf7acc1bf7"`);
    await queryRunner.query(`ALTER TABLE "client_goal_rating" DROP CONSTRAINT "FK_3f8a46f6bb2cff2df4465c4fa97"`);
    await queryRunner.query(`ALTER TABLE "client_goal_rating" DROP CONSTRAINT "FK_be0d3e207297d73bd9b99faf036"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_8f8b5b39ddb93c204350e73a6d7"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_5177ef3a16d027ee1da8814c351"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_65edc849c7007a2b55e7f2d458c"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_7b045929c0c6e7f5af6a9507c77"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_35ba8faf2f08814795c3b8f8cc3"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_28c84c1d0a3d063f3e23b8b5a18"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_1c056e03648f92266ec32555579"`);
    await queryRunner.query(`ALTER TABLE "measure" ALTER COLUMN "created_by" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_65edc849c7007a2b55e7f2d458c" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure" DROP COLUMN "reviewed_by"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP COLUMN "reviewed_at"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP COLUMN "invitation_id"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP COLUMN "source"`);
    await queryRunner.query(`DROP TYPE "public"."measure_source"`);
    await queryRunner.query(`ALTER TABLE "practice" DROP COLUMN "crisis_resources"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7d5a22aceb46de51a8b33ba4a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ed82c1afebfbd9570ea47209c"`);
    await queryRunner.query(`DROP TABLE "safety_alert"`);
    await queryRunner.query(`DROP TYPE "public"."alert_status"`);
    await queryRunner.query(`DROP TYPE "public"."alert_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_58f54867e4c43739fbf304dd7f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ce6d55b6703e2d36c83ae58335"`);
    await queryRunner.query(`DROP TABLE "client_goal_rating"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_68834f8cd37f3c9e1d565ab6aa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b827d3749ffbb3b5ab5099afd6"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TYPE "public"."invitation_source"`);
  }
}
