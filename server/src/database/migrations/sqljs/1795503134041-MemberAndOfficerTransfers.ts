import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberAndOfficerTransfers1795503134041 implements MigrationInterface {
  name = 'MemberAndOfficerTransfers1795503134041';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_9c547a784bc5c15127afa1e36e"`);
    await queryRunner.query(`DROP INDEX "IDX_cdb3f775646de35a6002a3ffc8"`);
    await queryRunner.query(`DROP INDEX "IDX_97415b4c4cb15c79cb4a28516b"`);
    await queryRunner.query(`CREATE TABLE "temporary_transfer" ("id" varchar(36) PRIMARY KEY NOT NULL, "memberId" varchar(36) NOT NULL, "applicationId" varchar(36) NOT NULL, "fromUnitId" varchar(36) NOT NULL, "fromUnitPath" varchar(255) NOT NULL, "toUnitId" varchar(36) NOT NULL, "toUnitPath" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "openMemberId" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "releasedBy" varchar(36), "releasedAt" datetime, "decidedBy" varchar(36), "decidedAt" datetime, "refusedBy" varchar(16), "refuseReason" varchar(200), "origin" varchar(16) NOT NULL DEFAULT ('application'), "startedBy" varchar(36), "acceptedInAdvance" boolean NOT NULL DEFAULT (0), "reason" varchar(200), "newEmployer" varchar(100))`);
    await queryRunner.query(`INSERT INTO "temporary_transfer"("id", "memberId", "applicationId", "fromUnitId", "fromUnitPath", "toUnitId", "toUnitPath", "status", "openMemberId", "createdAt", "releasedBy", "releasedAt", "decidedBy", "decidedAt", "refusedBy", "refuseReason") SELECT "id", "memberId", "applicationId", "fromUnitId", "fromUnitPath", "toUnitId", "toUnitPath", "status", "openMemberId", "createdAt", "releasedBy", "releasedAt", "decidedBy", "decidedAt", "refusedBy", "refuseReason" FROM "transfer"`);
    await queryRunner.query(`DROP TABLE "transfer"`);
    await queryRunner.query(`ALTER TABLE "temporary_transfer" RENAME TO "transfer"`);
    await queryRunner.query(`CREATE INDEX "IDX_9c547a784bc5c15127afa1e36e" ON "transfer" ("fromUnitPath") `);
    await queryRunner.query(`CREATE INDEX "IDX_cdb3f775646de35a6002a3ffc8" ON "transfer" ("toUnitPath") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97415b4c4cb15c79cb4a28516b" ON "transfer" ("openMemberId") `);
    await queryRunner.query(`DROP INDEX "IDX_9c547a784bc5c15127afa1e36e"`);
    await queryRunner.query(`DROP INDEX "IDX_cdb3f775646de35a6002a3ffc8"`);
    await queryRunner.query(`DROP INDEX "IDX_97415b4c4cb15c79cb4a28516b"`);
    await queryRunner.query(`CREATE TABLE "temporary_transfer" ("id" varchar(36) PRIMARY KEY NOT NULL, "memberId" varchar(36) NOT NULL, "applicationId" varchar(36), "fromUnitId" varchar(36) NOT NULL, "fromUnitPath" varchar(255) NOT NULL, "toUnitId" varchar(36) NOT NULL, "toUnitPath" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "openMemberId" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "releasedBy" varchar(36), "releasedAt" datetime, "decidedBy" varchar(36), "decidedAt" datetime, "refusedBy" varchar(16), "refuseReason" varchar(200), "origin" varchar(16) NOT NULL DEFAULT ('application'), "startedBy" varchar(36), "acceptedInAdvance" boolean NOT NULL DEFAULT (0), "reason" varchar(200), "newEmployer" varchar(100))`);
    await queryRunner.query(`INSERT INTO "temporary_transfer"("id", "memberId", "applicationId", "fromUnitId", "fromUnitPath", "toUnitId", "toUnitPath", "status", "openMemberId", "createdAt", "releasedBy", "releasedAt", "decidedBy", "decidedAt", "refusedBy", "refuseReason", "origin", "startedBy", "acceptedInAdvance", "reason", "newEmployer") SELECT "id", "memberId", "applicationId", "fromUnitId", "fromUnitPath", "toUnitId", "toUnitPath", "status", "openMemberId", "createdAt", "releasedBy", "releasedAt", "decidedBy", "decidedAt", "refusedBy", "refuseReason", "origin", "startedBy", "acceptedInAdvance", "reason", "newEmployer" FROM "transfer"`);
    await queryRunner.query(`DROP TABLE "transfer"`);
    await queryRunner.query(`ALTER TABLE "temporary_transfer" RENAME TO "transfer"`);
    await queryRunner.query(`CREATE INDEX "IDX_9c547a784bc5c15127afa1e36e" ON "transfer" ("fromUnitPath") `);
    await queryRunner.query(`CREATE INDEX "IDX_cdb3f775646de35a6002a3ffc8" ON "transfer" ("toUnitPath") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97415b4c4cb15c79cb4a28516b" ON "transfer" ("openMemberId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_97415b4c4cb15c79cb4a28516b"`);
    await queryRunner.query(`DROP INDEX "IDX_cdb3f775646de35a6002a3ffc8"`);
    await queryRunner.query(`DROP INDEX "IDX_9c547a784bc5c15127afa1e36e"`);
    await queryRunner.query(`ALTER TABLE "transfer" RENAME TO "temporary_transfer"`);
    await queryRunner.query(`CREATE TABLE "transfer" ("id" varchar(36) PRIMARY KEY NOT NULL, "memberId" varchar(36) NOT NULL, "applicationId" varchar(36) NOT NULL, "fromUnitId" varchar(36) NOT NULL, "fromUnitPath" varchar(255) NOT NULL, "toUnitId" varchar(36) NOT NULL, "toUnitPath" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "openMemberId" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "releasedBy" varchar(36), "releasedAt" datetime, "decidedBy" varchar(36), "decidedAt" datetime, "refusedBy" varchar(16), "refuseReason" varchar(200), "origin" varchar(16) NOT NULL DEFAULT ('application'), "startedBy" varchar(36), "acceptedInAdvance" boolean NOT NULL DEFAULT (0), "reason" varchar(200), "newEmployer" varchar(100))`);
    await queryRunner.query(`INSERT INTO "transfer"("id", "memberId", "applicationId", "fromUnitId", "fromUnitPath", "toUnitId", "toUnitPath", "status", "openMemberId", "createdAt", "releasedBy", "releasedAt", "decidedBy", "decidedAt", "refusedBy", "refuseReason", "origin", "startedBy", "acceptedInAdvance", "reason", "newEmployer") SELECT "id", "memberId", "applicationId", "fromUnitId", "fromUnitPath", "toUnitId", "toUnitPath", "status", "openMemberId", "createdAt", "releasedBy", "releasedAt", "decidedBy", "decidedAt", "refusedBy", "refuseReason", "origin", "startedBy", "acceptedInAdvance", "reason", "newEmployer" FROM "temporary_transfer"`);
    await queryRunner.query(`DROP TABLE "temporary_transfer"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97415b4c4cb15c79cb4a28516b" ON "transfer" ("openMemberId") `);
    await queryRunner.query(`CREATE INDEX "IDX_cdb3f775646de35a6002a3ffc8" ON "transfer" ("toUnitPath") `);
    await queryRunner.query(`CREATE INDEX "IDX_9c547a784bc5c15127afa1e36e" ON "transfer" ("fromUnitPath") `);
    await queryRunner.query(`DROP INDEX "IDX_97415b4c4cb15c79cb4a28516b"`);
    await queryRunner.query(`DROP INDEX "IDX_cdb3f775646de35a6002a3ffc8"`);
    await queryRunner.query(`DROP INDEX "IDX_9c547a784bc5c15127afa1e36e"`);
    await queryRunner.query(`ALTER TABLE "transfer" RENAME TO "temporary_transfer"`);
    await queryRunner.query(`CREATE TABLE "transfer" ("id" varchar(36) PRIMARY KEY NOT NULL, "memberId" varchar(36) NOT NULL, "applicationId" varchar(36) NOT NULL, "fromUnitId" varchar(36) NOT NULL, "fromUnitPath" varchar(255) NOT NULL, "toUnitId" varchar(36) NOT NULL, "toUnitPath" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "openMemberId" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "releasedBy" varchar(36), "releasedAt" datetime, "decidedBy" varchar(36), "decidedAt" datetime, "refusedBy" varchar(16), "refuseReason" varchar(200))`);
    await queryRunner.query(`INSERT INTO "transfer"("id", "memberId", "applicationId", "fromUnitId", "fromUnitPath", "toUnitId", "toUnitPath", "status", "openMemberId", "createdAt", "releasedBy", "releasedAt", "decidedBy", "decidedAt", "refusedBy", "refuseReason") SELECT "id", "memberId", "applicationId", "fromUnitId", "fromUnitPath", "toUnitId", "toUnitPath", "status", "openMemberId", "createdAt", "releasedBy", "releasedAt", "decidedBy", "decidedAt", "refusedBy", "refuseReason" FROM "temporary_transfer"`);
    await queryRunner.query(`DROP TABLE "temporary_transfer"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97415b4c4cb15c79cb4a28516b" ON "transfer" ("openMemberId") `);
    await queryRunner.query(`CREATE INDEX "IDX_cdb3f775646de35a6002a3ffc8" ON "transfer" ("toUnitPath") `);
    await queryRunner.query(`CREATE INDEX "IDX_9c547a784bc5c15127afa1e36e" ON "transfer" ("fromUnitPath") `);
  }
}
