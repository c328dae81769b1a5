import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VerifiedIdentity1796405385022 implements MigrationInterface {
  name = 'VerifiedIdentity1796405385022';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "phone_code" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "phoneHash" varchar(64) NOT NULL, "codeHash" varchar(64) NOT NULL, "tries" integer NOT NULL DEFAULT (0), "expiresAt" datetime NOT NULL, "usedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_27fe09dd8c6f4ecc4ccc2066c5" ON "phone_code" ("createdAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_33a0bfa73117f284e2b825666d" ON "phone_code" ("phoneHash", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_ca0b55832458fcc168323953b2" ON "phone_code" ("userId", "phoneHash", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "join_claim_attempt" ("id" varchar(36) PRIMARY KEY NOT NULL, "idHash" varchar(64) NOT NULL, "day" varchar(10) NOT NULL, "userId" varchar(36) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "reason" varchar(24) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_1d111e77258986a93750f2f0ef" ON "join_claim_attempt" ("orgUnitId", "day") `);
    await queryRunner.query(`CREATE INDEX "IDX_81ea0109f76e2dadfcb9a7f612" ON "join_claim_attempt" ("idHash", "day") `);
    await queryRunner.query(`DROP INDEX "IDX_9fe28c2f68fe5e1c4f45568a6f"`);
    await queryRunner.query(`DROP INDEX "IDX_0c946ae47c4a5e1a991b5b7610"`);
    await queryRunner.query(`DROP INDEX "IDX_dade1277c42b466ac751a276e5"`);
    await queryRunner.query(`DROP INDEX "IDX_4d2e807e51fe4a0515bf9c1465"`);
    await queryRunner.query(`DROP INDEX "IDX_b96e5795372db9774376cfbd48"`);
    await queryRunner.query(`CREATE TABLE "temporary_join_application" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "channelId" varchar(36), "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "name" varchar(30) NOT NULL, "idNumberEnc" varchar(255) NOT NULL, "idHash" varchar(64) NOT NULL, "phoneEnc" varchar(255) NOT NULL, "phoneHash" varchar(64) NOT NULL, "pendingIdHash" varchar(64), "occupation" varchar(24) NOT NULL, "employer" varchar(50) NOT NULL, "workDistrict" varchar(12) NOT NULL, "privacyPolicyVersion" varchar(20) NOT NULL, "privacyConsentAt" datetime NOT NULL, "sensitiveConsentAt" datetime NOT NULL, "rejectReason" varchar(100), "decidedBy" varchar(36), "decidedAt" datetime, "memberId" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "phoneVerifiedBy" varchar(8), "identityCheck" varchar(12) NOT NULL DEFAULT ('not-run'), "holdReason" varchar(24))`);
    await queryRunner.query(`INSERT INTO "temporary_join_application"("id", "userId", "channelId", "orgUnitId", "unitPath", "status", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "pendingIdHash", "occupation", "employer", "workDistrict", "privacyPolicyVersion", "privacyConsentAt", "sensitiveConsentAt", "rejectReason", "decidedBy", "decidedAt", "memberId", "createdAt", "updatedAt") SELECT "id", "userId", "channelId", "orgUnitId", "unitPath", "status", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "pendingIdHash", "occupation", "employer", "workDistrict", "privacyPolicyVersion", "privacyConsentAt", "sensitiveConsentAt", "rejectReason", "decidedBy", "decidedAt", "memberId", "createdAt", "updatedAt" FROM "join_application"`);
    await queryRunner.query(`DROP TABLE "join_application"`);
    await queryRunner.query(`ALTER TABLE "temporary_join_application" RENAME TO "join_application"`);
    await queryRunner.query(`CREATE INDEX "IDX_9fe28c2f68fe5e1c4f45568a6f" ON "join_application" ("status", "unitPath", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0c946ae47c4a5e1a991b5b7610" ON "join_application" ("pendingIdHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_dade1277c42b466ac751a276e5" ON "join_application" ("phoneHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_4d2e807e51fe4a0515bf9c1465" ON "join_application" ("idHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_b96e5795372db9774376cfbd48" ON "join_application" ("userId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_b96e5795372db9774376cfbd48"`);
    await queryRunner.query(`DROP INDEX "IDX_4d2e807e51fe4a0515bf9c1465"`);
    await queryRunner.query(`DROP INDEX "IDX_dade1277c42b466ac751a276e5"`);
    await queryRunner.query(`DROP INDEX "IDX_0c946ae47c4a5e1a991b5b7610"`);
    await queryRunner.query(`DROP INDEX "IDX_9fe28c2f68fe5e1c4f45568a6f"`);
    await queryRunner.query(`ALTER TABLE "join_application" RENAME TO "temporary_join_application"`);
    await queryRunner.query(`CREATE TABLE "join_application" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "channelId" varchar(36), "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "name" varchar(30) NOT NULL, "idNumberEnc" varchar(255) NOT NULL, "idHash" varchar(64) NOT NULL, "phoneEnc" varchar(255) NOT NULL, "phoneHash" varchar(64) NOT NULL, "pendingIdHash" varchar(64), "occupation" varchar(24) NOT NULL, "employer" varchar(50) NOT NULL, "workDistrict" varchar(12) NOT NULL, "privacyPolicyVersion" varchar(20) NOT NULL, "privacyConsentAt" datetime NOT NULL, "sensitiveConsentAt" datetime NOT NULL, "rejectReason" varchar(100), "decidedBy" varchar(36), "decidedAt" datetime, "memberId" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "join_application"("id", "userId", "channelId", "orgUnitId", "unitPath", "status", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "pendingIdHash", "occupation", "employer", "workDistrict", "privacyPolicyVersion", "privacyConsentAt", "sensitiveConsentAt", "rejectReason", "decidedBy", "decidedAt", "memberId", "createdAt", "updatedAt") SELECT "id", "userId", "channelId", "orgUnitId", "unitPath", "status", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "pendingIdHash", "occupation", "employer", "workDistrict", "privacyPolicyVersion", "privacyConsentAt", "sensitiveConsentAt", "rejectReason", "decidedBy", "decidedAt", "memberId", "createdAt", "updatedAt" FROM "temporary_join_application"`);
    await queryRunner.query(`DROP TABLE "temporary_join_application"`);
    await queryRunner.query(`CREATE INDEX "IDX_b96e5795372db9774376cfbd48" ON "join_application" ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4d2e807e51fe4a0515bf9c1465" ON "join_application" ("idHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_dade1277c42b466ac751a276e5" ON "join_application" ("phoneHash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0c946ae47c4a5e1a991b5b7610" ON "join_application" ("pendingIdHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_9fe28c2f68fe5e1c4f45568a6f" ON "join_application" ("status", "unitPath", "createdAt") `);
    await queryRunner.query(`DROP INDEX "IDX_81ea0109f76e2dadfcb9a7f612"`);
    await queryRunner.query(`DROP INDEX "IDX_1d111e77258986a93750f2f0ef"`);
    await queryRunner.query(`DROP TABLE "join_claim_attempt"`);
    await queryRunner.query(`DROP INDEX "IDX_ca0b55832458fcc168323953b2"`);
    await queryRunner.query(`DROP INDEX "IDX_33a0bfa73117f284e2b825666d"`);
    await queryRunner.query(`DROP INDEX "IDX_27fe09dd8c6f4ecc4ccc2066c5"`);
    await queryRunner.query(`DROP TABLE "phone_code"`);
  }
}
