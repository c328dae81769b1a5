import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScanToJoin1795494524189 implements MigrationInterface {
  name = 'ScanToJoin1795494524189';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "join_application" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "channelId" varchar(36), "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "name" varchar(30) NOT NULL, "idNumberEnc" varchar(255) NOT NULL, "idHash" varchar(64) NOT NULL, "phoneEnc" varchar(255) NOT NULL, "phoneHash" varchar(64) NOT NULL, "pendingIdHash" varchar(64), "occupation" varchar(24) NOT NULL, "employer" varchar(50) NOT NULL, "workDistrict" varchar(12) NOT NULL, "privacyPolicyVersion" varchar(20) NOT NULL, "privacyConsentAt" datetime NOT NULL, "sensitiveConsentAt" datetime NOT NULL, "rejectReason" varchar(100), "decidedBy" varchar(36), "decidedAt" datetime, "memberId" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_b96e5795372db9774376cfbd48" ON "join_application" ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4d2e807e51fe4a0515bf9c1465" ON "join_application" ("idHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_dade1277c42b466ac751a276e5" ON "join_application" ("phoneHash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0c946ae47c4a5e1a991b5b7610" ON "join_application" ("pendingIdHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_9fe28c2f68fe5e1c4f45568a6f" ON "join_application" ("status", "unitPath", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "join_channel_day" ("channelId" varchar(36) NOT NULL, "day" varchar(10) NOT NULL, "scans" integer NOT NULL DEFAULT (0), "starts" integer NOT NULL DEFAULT (0), "submissions" integer NOT NULL DEFAULT (0), "approvals" integer NOT NULL DEFAULT (0), "rejections" integer NOT NULL DEFAULT (0), PRIMARY KEY ("channelId", "day"))`);
    await queryRunner.query(`CREATE TABLE "join_channel_image" ("id" varchar(36) PRIMARY KEY NOT NULL, "channelId" varchar(36) NOT NULL, "part" integer NOT NULL, "bytes" blob NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8ae2661d5c9875d6c958ed0aa6" ON "join_channel_image" ("channelId", "part") `);
    await queryRunner.query(`CREATE TABLE "join_channel" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(16) NOT NULL, "title" varchar(40) NOT NULL, "kind" varchar(16) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "reviewMode" varchar(16) NOT NULL, "validFrom" varchar(10) NOT NULL, "validUntil" varchar(10) NOT NULL, "welcomeGift" varchar(60), "createdBy" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a8d2f047500f68ed1b668bbf08" ON "join_channel" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_b5d0b31da5ec49295696ec1f19" ON "join_channel" ("unitPath") `);
    await queryRunner.query(`CREATE TABLE "member_number_counter" ("orgUnitId" varchar(36) PRIMARY KEY NOT NULL, "lastValue" integer NOT NULL DEFAULT (0))`);
    await queryRunner.query(`CREATE TABLE "member" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "memberNumber" varchar(48) NOT NULL, "name" varchar(30) NOT NULL, "idNumberEnc" varchar(255) NOT NULL, "idHash" varchar(64) NOT NULL, "phoneEnc" varchar(255) NOT NULL, "phoneHash" varchar(64) NOT NULL, "status" varchar(16) NOT NULL, "activeIdHash" varchar(64), "activeUserId" varchar(36), "applicationId" varchar(36) NOT NULL, "joinedOn" varchar(10) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_f19420ede9fe781f37ba2f223c" ON "member" ("unitPath") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e0d0146c117df4740b8d955986" ON "member" ("memberNumber") `);
    await queryRunner.query(`CREATE INDEX "IDX_bdd8d1206663206389fc20c20c" ON "member" ("idHash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b7e1f9770b0636ea7696d979d8" ON "member" ("activeIdHash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0079f42af26e4383ae1f5f09ca" ON "member" ("activeUserId") `);
    await queryRunner.query(`CREATE TABLE "transfer" ("id" varchar(36) PRIMARY KEY NOT NULL, "memberId" varchar(36) NOT NULL, "applicationId" varchar(36) NOT NULL, "fromUnitId" varchar(36) NOT NULL, "fromUnitPath" varchar(255) NOT NULL, "toUnitId" varchar(36) NOT NULL, "toUnitPath" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "openMemberId" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_9c547a784bc5c15127afa1e36e" ON "transfer" ("fromUnitPath") `);
    await queryRunner.query(`CREATE INDEX "IDX_cdb3f775646de35a6002a3ffc8" ON "transfer" ("toUnitPath") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97415b4c4cb15c79cb4a28516b" ON "transfer" ("openMemberId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_97415b4c4cb15c79cb4a28516b"`);
    await queryRunner.query(`DROP INDEX "IDX_cdb3f775646de35a6002a3ffc8"`);
    await queryRunner.query(`DROP INDEX "IDX_9c547a784bc5c15127afa1e36e"`);
    await queryRunner.query(`DROP TABLE "transfer"`);
    await queryRunner.query(`DROP INDEX "IDX_0079f42af26e4383ae1f5f09ca"`);
    await queryRunner.query(`DROP INDEX "IDX_b7e1f9770b0636ea7696d979d8"`);
    await queryRunner.query(`DROP INDEX "IDX_bdd8d1206663206389fc20c20c"`);
    await queryRunner.query(`DROP INDEX "IDX_e0d0146c117df4740b8d955986"`);
    await queryRunner.query(`DROP INDEX "IDX_f19420ede9fe781f37ba2f223c"`);
    await queryRunner.query(`DROP TABLE "member"`);
    await queryRunner.query(`DROP TABLE "member_number_counter"`);
    await queryRunner.query(`DROP INDEX "IDX_b5d0b31da5ec49295696ec1f19"`);
    await queryRunner.query(`DROP INDEX "IDX_a8d2f047500f68ed1b668bbf08"`);
    await queryRunner.query(`DROP TABLE "join_channel"`);
    await queryRunner.query(`DROP INDEX "IDX_8ae2661d5c9875d6c958ed0aa6"`);
    await queryRunner.query(`DROP TABLE "join_channel_image"`);
    await queryRunner.query(`DROP TABLE "join_channel_day"`);
    await queryRunner.query(`DROP INDEX "IDX_9fe28c2f68fe5e1c4f45568a6f"`);
    await queryRunner.query(`DROP INDEX "IDX_0c946ae47c4a5e1a991b5b7610"`);
    await queryRunner.query(`DROP INDEX "IDX_dade1277c42b466ac751a276e5"`);
    await queryRunner.query(`DROP INDEX "IDX_4d2e807e51fe4a0515bf9c1465"`);
    await queryRunner.query(`DROP INDEX "IDX_b96e5795372db9774376cfbd48"`);
    await queryRunner.query(`DROP TABLE "join_application"`);
  }
}
