import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run migration:generate`; never edit after it lands.
export class Initial1795979581508 implements MigrationInterface {
  name = 'Initial1795979581508';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."audit_action" AS ENUM('login', 'login_failed', 'logout', 'read', 'create', 'update', 'sign', 'addendum', 'export', 'discharge')`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "action" "public"."audit_action" NOT NULL, "entity_type" text, "entity_id" uuid, "client_id" uuid, "outcome" text NOT NULL, "ip" text, "request_id" text, "detail" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c7ff341a3a709511d793ff0156" ON "audit_event"  ("client_id", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_ba6ce20b5c117243b908b64934" ON "audit_event"  ("practice_id", "at") `);
    await queryRunner.query(`CREATE TABLE "auth_session" ("sid" text NOT NULL, "user_id" uuid, "practice_id" uuid, "data" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c0657c47c2edff2162c809a9094" PRIMARY KEY ("sid"))`);
    await queryRunner.query(`CREATE INDEX "IDX_df10a7189e774abfec82eb409c" ON "auth_session"  ("expires_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_b8783d517fab10672700a39cb4" ON "auth_session"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "login_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email_key" text NOT NULL, "ip" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b72521176549924e0f1f34bd7f" ON "login_attempt"  ("ip", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_eb6a33f0fbab5d2ba976c3372d" ON "login_attempt"  ("email_key", "ip", "at") `);
    await queryRunner.query(`CREATE TABLE "practice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d094a10eae690da34cc5b8ea32" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('clinician', 'supervisor', 'admin')`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "role" "public"."user_role" NOT NULL, "supervisor_id" uuid, "active" boolean NOT NULL DEFAULT true, "password_hash" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."attachment_style" AS ENUM('secure', 'anxious', 'avoidant', 'disorganized', 'unassessed')`);
    await queryRunner.query(`CREATE TYPE "public"."presenting_pattern" AS ENUM('fear_of_abandonment', 'reassurance_seeking', 'emotional_volatility', 'difficulty_expressing_feelings', 'over_reliance_on_partner', 'low_self_worth', 'rushing_into_relationships', 'fear_of_independence')`);
    await queryRunner.query(`CREATE TYPE "public"."client_status" AS ENUM('active', 'discharged')`);
    await queryRunner.query(`CREATE TABLE "client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "preferred_name" text, "date_of_birth" date, "pronouns" text, "attachment_style" "public"."attachment_style" NOT NULL DEFAULT 'unassessed', "presenting_patterns" "public"."presenting_pattern" array NOT NULL DEFAULT '{}', "intake_date" date NOT NULL, "status" "public"."client_status" NOT NULL DEFAULT 'active', "primary_clinician_id" uuid NOT NULL, "discharged_on" date, "discharge_reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96da49381769303a6515a8785c7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a6a04db31f58981f74518a540d" ON "client"  ("practice_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "care_team_member" ("client_id" uuid NOT NULL, "user_id" uuid NOT NULL, "practice_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d49cca79cbe9252a0b9e063d086" PRIMARY KEY ("client_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_abb8391454a7d84a03f47b5760" ON "care_team_member"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_8abbb1f8300c7c36cc389273a1e" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_ad2c56b96e838e7280872b0fc72" FOREIGN KEY ("supervisor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "client" ADD CONSTRAINT "FK_ff0d46173c5776cdcd19f4a4eb1" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "client" ADD CONSTRAINT "FK_244ad5eb356fa55379b3a56ee6d" FOREIGN KEY ("primary_clinician_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_team_member" ADD CONSTRAINT "FK_566cf8d506cdb3fd3537fa5439d" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_team_member" ADD CONSTRAINT "FK_abb8391454a7d84a03f47b57606" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_team_member" ADD CONSTRAINT "FK_07323a1a20adca1faf40fce8a08" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "care_team_member" DROP CONSTRAINT "FK_07323a1a20adca1faf40fce8a08"`);
    await queryRunner.query(`ALTER TABLE "care_team_member" DROP CONSTRAINT "FK_abb8391454a7d84a03f47b57606"`);
    await queryRunner.query(`ALTER TABLE "care_team_member" DROP CONSTRAINT "FK_566cf8d506cdb3fd3537fa5439d"`);
    await queryRunner.query(`ALTER TABLE "client" DROP CONSTRAINT "FK_244ad5eb356fa55379b3a56ee6d"`);
    await queryRunner.query(`ALTER TABLE "client" DROP CONSTRAINT "FK_ff0d46173c5776cdcd19f4a4eb1"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_ad2c56b96e838e7280872b0fc72"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_8abbb1f8300c7c36cc389273a1e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abb8391454a7d84a03f47b5760"`);
    await queryRunner.query(`DROP TABLE "care_team_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a6a04db31f58981f74518a540d"`);
    await queryRunner.query(`DROP TABLE "client"`);
    await queryRunner.query(`DROP TYPE "public"."client_status"`);
    await queryRunner.query(`DROP TYPE "public"."presenting_pattern"`);
    await queryRunner.query(`DROP TYPE "public"."attachment_style"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP TABLE "practice"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb6a33f0fbab5d2ba976c3372d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b72521176549924e0f1f34bd7f"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b8783d517fab10672700a39cb4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df10a7189e774abfec82eb409c"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba6ce20b5c117243b908b64934"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c7ff341a3a709511d793ff0156"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
  }
}
