import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AidAutoEnrollment1795502983654 implements MigrationInterface {
  name = 'AidAutoEnrollment1795502983654';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_da30fceb15b8c951478edf54dd"`);
    await queryRunner.query(`CREATE TABLE "temporary_aid_plan" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(60) NOT NULL, "category" varchar(32) NOT NULL, "coverageFrom" varchar(10) NOT NULL, "coverageUntil" varchar(10) NOT NULL, "waitingDays" integer NOT NULL, "filingDeadline" text NOT NULL, "payoutRule" text NOT NULL, "requiredDocuments" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "autoEnrollOnJoin" boolean NOT NULL DEFAULT (0), "autoEnrollOccupations" text)`);
    await queryRunner.query(`INSERT INTO "temporary_aid_plan"("id", "code", "name", "category", "coverageFrom", "coverageUntil", "waitingDays", "filingDeadline", "payoutRule", "requiredDocuments", "createdAt") SELECT "id", "code", "name", "category", "coverageFrom", "coverageUntil", "waitingDays", "filingDeadline", "payoutRule", "requiredDocuments", "createdAt" FROM "aid_plan"`);
    await queryRunner.query(`DROP TABLE "aid_plan"`);
    await queryRunner.query(`ALTER TABLE "temporary_aid_plan" RENAME TO "aid_plan"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_da30fceb15b8c951478edf54dd" ON "aid_plan" ("code") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_da30fceb15b8c951478edf54dd"`);
    await queryRunner.query(`ALTER TABLE "aid_plan" RENAME TO "temporary_aid_plan"`);
    await queryRunner.query(`CREATE TABLE "aid_plan" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(60) NOT NULL, "category" varchar(32) NOT NULL, "coverageFrom" varchar(10) NOT NULL, "coverageUntil" varchar(10) NOT NULL, "waitingDays" integer NOT NULL, "filingDeadline" text NOT NULL, "payoutRule" text NOT NULL, "requiredDocuments" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "aid_plan"("id", "code", "name", "category", "coverageFrom", "coverageUntil", "waitingDays", "filingDeadline", "payoutRule", "requiredDocuments", "createdAt") SELECT "id", "code", "name", "category", "coverageFrom", "coverageUntil", "waitingDays", "filingDeadline", "payoutRule", "requiredDocuments", "createdAt" FROM "temporary_aid_plan"`);
    await queryRunner.query(`DROP TABLE "temporary_aid_plan"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_da30fceb15b8c951478edf54dd" ON "aid_plan" ("code") `);
  }
}
