import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClaimPayeeApproval1796411147947 implements MigrationInterface {
  name = 'ClaimPayeeApproval1796411147947';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_8a7bdbc76a396be8f082d7bcb8"`);
    await queryRunner.query(`DROP INDEX "IDX_be588bb3c817346da3288c27e0"`);
    await queryRunner.query(`DROP INDEX "IDX_9dd8333ea5753a90756b327021"`);
    await queryRunner.query(`CREATE TABLE "temporary_aid_claim" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "memberId" varchar(36) NOT NULL, "planId" varchar(36) NOT NULL, "enrollmentId" varchar(36) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL, "eventDate" varchar(10) NOT NULL, "dischargeDate" varchar(10), "hospital" varchar(60) NOT NULL, "insuranceTxn" varchar(40), "invoiceNumbers" text NOT NULL, "totalExpenses" bigint NOT NULL, "eligibleExpenses" bigint NOT NULL, "approvedAmount" bigint, "pendingApprovalAmount" bigint, "pendingApprovalBy" varchar(36), "payeeName" varchar(30) NOT NULL, "bankAccountEnc" varchar(255) NOT NULL, "bankAccountMasked" varchar(32) NOT NULL, "flaggedDuplicate" boolean NOT NULL DEFAULT (0), "payoutBatchId" varchar(36), "submittedOn" varchar(10), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "payeeReason" varchar(60), "payeeApprovedBy" varchar(36))`);
    await queryRunner.query(`INSERT INTO "temporary_aid_claim"("id", "userId", "memberId", "planId", "enrollmentId", "orgUnitId", "unitPath", "status", "version", "eventDate", "dischargeDate", "hospital", "insuranceTxn", "invoiceNumbers", "totalExpenses", "eligibleExpenses", "approvedAmount", "pendingApprovalAmount", "pendingApprovalBy", "payeeName", "bankAccountEnc", "bankAccountMasked", "flaggedDuplicate", "payoutBatchId", "submittedOn", "createdAt", "updatedAt") SELECT "id", "userId", "memberId", "planId", "enrollmentId", "orgUnitId", "unitPath", "status", "version", "eventDate", "dischargeDate", "hospital", "insuranceTxn", "invoiceNumbers", "totalExpenses", "eligibleExpenses", "approvedAmount", "pendingApprovalAmount", "pendingApprovalBy", "payeeName", "bankAccountEnc", "bankAccountMasked", "flaggedDuplicate", "payoutBatchId", "submittedOn", "createdAt", "updatedAt" FROM "aid_claim"`);
    await queryRunner.query(`DROP TABLE "aid_claim"`);
    await queryRunner.query(`ALTER TABLE "temporary_aid_claim" RENAME TO "aid_claim"`);
    await queryRunner.query(`CREATE INDEX "IDX_8a7bdbc76a396be8f082d7bcb8" ON "aid_claim" ("unitPath", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_be588bb3c817346da3288c27e0" ON "aid_claim" ("payoutBatchId") `);
    await queryRunner.query(`CREATE INDEX "IDX_9dd8333ea5753a90756b327021" ON "aid_claim" ("userId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_9dd8333ea5753a90756b327021"`);
    await queryRunner.query(`DROP INDEX "IDX_be588bb3c817346da3288c27e0"`);
    await queryRunner.query(`DROP INDEX "IDX_8a7bdbc76a396be8f082d7bcb8"`);
    await queryRunner.query(`ALTER TABLE "aid_claim" RENAME TO "temporary_aid_claim"`);
    await queryRunner.query(`CREATE TABLE "aid_claim" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "memberId" varchar(36) NOT NULL, "planId" varchar(36) NOT NULL, "enrollmentId" varchar(36) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL, "eventDate" varchar(10) NOT NULL, "dischargeDate" varchar(10), "hospital" varchar(60) NOT NULL, "insuranceTxn" varchar(40), "invoiceNumbers" text NOT NULL, "totalExpenses" bigint NOT NULL, "eligibleExpenses" bigint NOT NULL, "approvedAmount" bigint, "pendingApprovalAmount" bigint, "pendingApprovalBy" varchar(36), "payeeName" varchar(30) NOT NULL, "bankAccountEnc" varchar(255) NOT NULL, "bankAccountMasked" varchar(32) NOT NULL, "flaggedDuplicate" boolean NOT NULL DEFAULT (0), "payoutBatchId" varchar(36), "submittedOn" varchar(10), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "aid_claim"("id", "userId", "memberId", "planId", "enrollmentId", "orgUnitId", "unitPath", "status", "version", "eventDate", "dischargeDate", "hospital", "insuranceTxn", "invoiceNumbers", "totalExpenses", "eligibleExpenses", "approvedAmount", "pendingApprovalAmount", "pendingApprovalBy", "payeeName", "bankAccountEnc", "bankAccountMasked", "flaggedDuplicate", "payoutBatchId", "submittedOn", "createdAt", "updatedAt") SELECT "id", "userId", "memberId", "planId", "enrollmentId", "orgUnitId", "unitPath", "status", "version", "eventDate", "dischargeDate", "hospital", "insuranceTxn", "invoiceNumbers", "totalExpenses", "eligibleExpenses", "approvedAmount", "pendingApprovalAmount", "pendingApprovalBy", "payeeName", "bankAccountEnc", "bankAccountMasked", "flaggedDuplicate", "payoutBatchId", "submittedOn", "createdAt", "updatedAt" FROM "temporary_aid_claim"`);
    await queryRunner.query(`DROP TABLE "temporary_aid_claim"`);
    await queryRunner.query(`CREATE INDEX "IDX_9dd8333ea5753a90756b327021" ON "aid_claim" ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_be588bb3c817346da3288c27e0" ON "aid_claim" ("payoutBatchId") `);
    await queryRunner.query(`CREATE INDEX "IDX_8a7bdbc76a396be8f082d7bcb8" ON "aid_claim" ("unitPath", "status") `);
  }
}
