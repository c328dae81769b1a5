import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MutualAid1795498814408 implements MigrationInterface {
  name = 'MutualAid1795498814408';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "aid_enrollment" ("id" varchar(36) PRIMARY KEY NOT NULL, "planId" varchar(36) NOT NULL, "memberId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_7e301ddf2d513e6687cba89206" ON "aid_enrollment" ("userId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b1a43aabc22d4b79597cb9768d" ON "aid_enrollment" ("memberId", "planId", "validFrom") `);
    await queryRunner.query(`CREATE TABLE "aid_claim_document" ("id" varchar(36) PRIMARY KEY NOT NULL, "claimId" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "fileKey" varchar(64) NOT NULL, "contentType" varchar(32) NOT NULL, "size" integer NOT NULL, "contentHash" varchar(64) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_26b019dd7553c20b1c848eeb53" ON "aid_claim_document" ("claimId") `);
    await queryRunner.query(`CREATE TABLE "aid_claim_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "claimId" varchar(36) NOT NULL, "action" varchar(24) NOT NULL, "fromStatus" varchar(16), "toStatus" varchar(16) NOT NULL, "actorId" varchar(36) NOT NULL, "actorRole" varchar(16) NOT NULL, "note" varchar(200), "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_362bfc30a5e1b4cd5168e97960" ON "aid_claim_event" ("claimId") `);
    await queryRunner.query(`CREATE TABLE "aid_claim_invoice" ("id" varchar(36) PRIMARY KEY NOT NULL, "invoiceNumber" varchar(40) NOT NULL, "claimId" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_28d0d451f0f91bdf7697cf2548" ON "aid_claim_invoice" ("invoiceNumber") `);
    await queryRunner.query(`CREATE INDEX "IDX_a3f42693f32a9ff7667c3b5117" ON "aid_claim_invoice" ("claimId") `);
    await queryRunner.query(`CREATE TABLE "aid_claim" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "memberId" varchar(36) NOT NULL, "planId" varchar(36) NOT NULL, "enrollmentId" varchar(36) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL, "eventDate" varchar(10) NOT NULL, "dischargeDate" varchar(10), "hospital" varchar(60) NOT NULL, "insuranceTxn" varchar(40), "invoiceNumbers" text NOT NULL, "totalExpenses" bigint NOT NULL, "eligibleExpenses" bigint NOT NULL, "approvedAmount" bigint, "pendingApprovalAmount" bigint, "pendingApprovalBy" varchar(36), "payeeName" varchar(30) NOT NULL, "bankAccountEnc" varchar(255) NOT NULL, "bankAccountMasked" varchar(32) NOT NULL, "flaggedDuplicate" boolean NOT NULL DEFAULT (0), "payoutBatchId" varchar(36), "submittedOn" varchar(10), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_9dd8333ea5753a90756b327021" ON "aid_claim" ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_be588bb3c817346da3288c27e0" ON "aid_claim" ("payoutBatchId") `);
    await queryRunner.query(`CREATE INDEX "IDX_8a7bdbc76a396be8f082d7bcb8" ON "aid_claim" ("unitPath", "status") `);
    await queryRunner.query(`CREATE TABLE "aid_payout_batch" ("id" varchar(36) PRIMARY KEY NOT NULL, "orgUnitId" varchar(36) NOT NULL, "createdBy" varchar(36) NOT NULL, "claimCount" integer NOT NULL, "totalAmount" bigint NOT NULL, "paidCount" integer NOT NULL DEFAULT (0), "failedCount" integer NOT NULL DEFAULT (0), "settledAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_53ab9e52a298d1e155de5370d5" ON "aid_payout_batch" ("orgUnitId") `);
    await queryRunner.query(`CREATE TABLE "aid_plan" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(60) NOT NULL, "category" varchar(32) NOT NULL, "coverageFrom" varchar(10) NOT NULL, "coverageUntil" varchar(10) NOT NULL, "waitingDays" integer NOT NULL, "filingDeadline" text NOT NULL, "payoutRule" text NOT NULL, "requiredDocuments" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_da30fceb15b8c951478edf54dd" ON "aid_plan" ("code") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_da30fceb15b8c951478edf54dd"`);
    await queryRunner.query(`DROP TABLE "aid_plan"`);
    await queryRunner.query(`DROP INDEX "IDX_53ab9e52a298d1e155de5370d5"`);
    await queryRunner.query(`DROP TABLE "aid_payout_batch"`);
    await queryRunner.query(`DROP INDEX "IDX_8a7bdbc76a396be8f082d7bcb8"`);
    await queryRunner.query(`DROP INDEX "IDX_be588bb3c817346da3288c27e0"`);
    await queryRunner.query(`DROP INDEX "IDX_9dd8333ea5753a90756b327021"`);
    await queryRunner.query(`DROP TABLE "aid_claim"`);
    await queryRunner.query(`DROP INDEX "IDX_a3f42693f32a9ff7667c3b5117"`);
    await queryRunner.query(`DROP INDEX "IDX_28d0d451f0f91bdf7697cf2548"`);
    await queryRunner.query(`DROP TABLE "aid_claim_invoice"`);
    await queryRunner.query(`DROP INDEX "IDX_362bfc30a5e1b4cd5168e97960"`);
    await queryRunner.query(`DROP TABLE "aid_claim_event"`);
    await queryRunner.query(`DROP INDEX "IDX_26b019dd7553c20b1c848eeb53"`);
    await queryRunner.query(`DROP TABLE "aid_claim_document"`);
    await queryRunner.query(`DROP INDEX "IDX_b1a43aabc22d4b79597cb9768d"`);
    await queryRunner.query(`DROP INDEX "IDX_7e301ddf2d513e6687cba89206"`);
    await queryRunner.query(`DROP TABLE "aid_enrollment"`);
  }
}
