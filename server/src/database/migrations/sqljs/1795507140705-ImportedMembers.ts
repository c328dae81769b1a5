import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportedMembers1795507140705 implements MigrationInterface {
  name = 'ImportedMembers1795507140705';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_0079f42af26e4383ae1f5f09ca"`);
    await queryRunner.query(`DROP INDEX "IDX_b7e1f9770b0636ea7696d979d8"`);
    await queryRunner.query(`DROP INDEX "IDX_bdd8d1206663206389fc20c20c"`);
    await queryRunner.query(`DROP INDEX "IDX_e0d0146c117df4740b8d955986"`);
    await queryRunner.query(`DROP INDEX "IDX_f19420ede9fe781f37ba2f223c"`);
    await queryRunner.query(`CREATE TABLE "temporary_member" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "memberNumber" varchar(48) NOT NULL, "name" varchar(30) NOT NULL, "idNumberEnc" varchar(255) NOT NULL, "idHash" varchar(64) NOT NULL, "phoneEnc" varchar(255) NOT NULL, "phoneHash" varchar(64) NOT NULL, "status" varchar(16) NOT NULL, "activeIdHash" varchar(64), "activeUserId" varchar(36), "applicationId" varchar(36) NOT NULL, "joinedOn" varchar(10) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "origin" varchar(16) NOT NULL DEFAULT ('join'))`);
    await queryRunner.query(`INSERT INTO "temporary_member"("id", "userId", "orgUnitId", "unitPath", "memberNumber", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "status", "activeIdHash", "activeUserId", "applicationId", "joinedOn", "createdAt", "updatedAt") SELECT "id", "userId", "orgUnitId", "unitPath", "memberNumber", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "status", "activeIdHash", "activeUserId", "applicationId", "joinedOn", "createdAt", "updatedAt" FROM "member"`);
    await queryRunner.query(`DROP TABLE "member"`);
    await queryRunner.query(`ALTER TABLE "temporary_member" RENAME TO "member"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0079f42af26e4383ae1f5f09ca" ON "member" ("activeUserId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b7e1f9770b0636ea7696d979d8" ON "member" ("activeIdHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_bdd8d1206663206389fc20c20c" ON "member" ("idHash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e0d0146c117df4740b8d955986" ON "member" ("memberNumber") `);
    await queryRunner.query(`CREATE INDEX "IDX_f19420ede9fe781f37ba2f223c" ON "member" ("unitPath") `);
    await queryRunner.query(`DROP INDEX "IDX_0079f42af26e4383ae1f5f09ca"`);
    await queryRunner.query(`DROP INDEX "IDX_b7e1f9770b0636ea7696d979d8"`);
    await queryRunner.query(`DROP INDEX "IDX_bdd8d1206663206389fc20c20c"`);
    await queryRunner.query(`DROP INDEX "IDX_e0d0146c117df4740b8d955986"`);
    await queryRunner.query(`DROP INDEX "IDX_f19420ede9fe781f37ba2f223c"`);
    await queryRunner.query(`CREATE TABLE "temporary_member" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36), "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "memberNumber" varchar(48) NOT NULL, "name" varchar(30) NOT NULL, "idNumberEnc" varchar(255) NOT NULL, "idHash" varchar(64) NOT NULL, "phoneEnc" varchar(255) NOT NULL, "phoneHash" varchar(64) NOT NULL, "status" varchar(16) NOT NULL, "activeIdHash" varchar(64), "activeUserId" varchar(36), "applicationId" varchar(36), "joinedOn" varchar(10) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "origin" varchar(16) NOT NULL DEFAULT ('join'))`);
    await queryRunner.query(`INSERT INTO "temporary_member"("id", "userId", "orgUnitId", "unitPath", "memberNumber", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "status", "activeIdHash", "activeUserId", "applicationId", "joinedOn", "createdAt", "updatedAt", "origin") SELECT "id", "userId", "orgUnitId", "unitPath", "memberNumber", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "status", "activeIdHash", "activeUserId", "applicationId", "joinedOn", "createdAt", "updatedAt", "origin" FROM "member"`);
    await queryRunner.query(`DROP TABLE "member"`);
    await queryRunner.query(`ALTER TABLE "temporary_member" RENAME TO "member"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0079f42af26e4383ae1f5f09ca" ON "member" ("activeUserId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b7e1f9770b0636ea7696d979d8" ON "member" ("activeIdHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_bdd8d1206663206389fc20c20c" ON "member" ("idHash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e0d0146c117df4740b8d955986" ON "member" ("memberNumber") `);
    await queryRunner.query(`CREATE INDEX "IDX_f19420ede9fe781f37ba2f223c" ON "member" ("unitPath") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_f19420ede9fe781f37ba2f223c"`);
    await queryRunner.query(`DROP INDEX "IDX_e0d0146c117df4740b8d955986"`);
    await queryRunner.query(`DROP INDEX "IDX_bdd8d1206663206389fc20c20c"`);
    await queryRunner.query(`DROP INDEX "IDX_b7e1f9770b0636ea7696d979d8"`);
    await queryRunner.query(`DROP INDEX "IDX_0079f42af26e4383ae1f5f09ca"`);
    await queryRunner.query(`ALTER TABLE "member" RENAME TO "temporary_member"`);
    await queryRunner.query(`CREATE TABLE "member" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "memberNumber" varchar(48) NOT NULL, "name" varchar(30) NOT NULL, "idNumberEnc" varchar(255) NOT NULL, "idHash" varchar(64) NOT NULL, "phoneEnc" varchar(255) NOT NULL, "phoneHash" varchar(64) NOT NULL, "status" varchar(16) NOT NULL, "activeIdHash" varchar(64), "activeUserId" varchar(36), "applicationId" varchar(36) NOT NULL, "joinedOn" varchar(10) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "origin" varchar(16) NOT NULL DEFAULT ('join'))`);
    await queryRunner.query(`INSERT INTO "member"("id", "userId", "orgUnitId", "unitPath", "memberNumber", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "status", "activeIdHash", "activeUserId", "applicationId", "joinedOn", "createdAt", "updatedAt", "origin") SELECT "id", "userId", "orgUnitId", "unitPath", "memberNumber", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "status", "activeIdHash", "activeUserId", "applicationId", "joinedOn", "createdAt", "updatedAt", "origin" FROM "temporary_member"`);
    await queryRunner.query(`DROP TABLE "temporary_member"`);
    await queryRunner.query(`CREATE INDEX "IDX_f19420ede9fe781f37ba2f223c" ON "member" ("unitPath") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e0d0146c117df4740b8d955986" ON "member" ("memberNumber") `);
    await queryRunner.query(`CREATE INDEX "IDX_bdd8d1206663206389fc20c20c" ON "member" ("idHash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b7e1f9770b0636ea7696d979d8" ON "member" ("activeIdHash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0079f42af26e4383ae1f5f09ca" ON "member" ("activeUserId") `);
    await queryRunner.query(`DROP INDEX "IDX_f19420ede9fe781f37ba2f223c"`);
    await queryRunner.query(`DROP INDEX "IDX_e0d0146c117df4740b8d955986"`);
    await queryRunner.query(`DROP INDEX "IDX_bdd8d1206663206389fc20c20c"`);
    await queryRunner.query(`DROP INDEX "IDX_b7e1f9770b0636ea7696d979d8"`);
    await queryRunner.query(`DROP INDEX "IDX_0079f42af26e4383ae1f5f09ca"`);
    await queryRunner.query(`ALTER TABLE "member" RENAME TO "temporary_member"`);
    await queryRunner.query(`CREATE TABLE "member" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "memberNumber" varchar(48) NOT NULL, "name" varchar(30) NOT NULL, "idNumberEnc" varchar(255) NOT NULL, "idHash" varchar(64) NOT NULL, "phoneEnc" varchar(255) NOT NULL, "phoneHash" varchar(64) NOT NULL, "status" varchar(16) NOT NULL, "activeIdHash" varchar(64), "activeUserId" varchar(36), "applicationId" varchar(36) NOT NULL, "joinedOn" varchar(10) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "member"("id", "userId", "orgUnitId", "unitPath", "memberNumber", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "status", "activeIdHash", "activeUserId", "applicationId", "joinedOn", "createdAt", "updatedAt") SELECT "id", "userId", "orgUnitId", "unitPath", "memberNumber", "name", "idNumberEnc", "idHash", "phoneEnc", "phoneHash", "status", "activeIdHash", "activeUserId", "applicationId", "joinedOn", "createdAt", "updatedAt" FROM "temporary_member"`);
    await queryRunner.query(`DROP TABLE "temporary_member"`);
    await queryRunner.query(`CREATE INDEX "IDX_f19420ede9fe781f37ba2f223c" ON "member" ("unitPath") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e0d0146c117df4740b8d955986" ON "member" ("memberNumber") `);
    await queryRunner.query(`CREATE INDEX "IDX_bdd8d1206663206389fc20c20c" ON "member" ("idHash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b7e1f9770b0636ea7696d979d8" ON "member" ("activeIdHash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0079f42af26e4383ae1f5f09ca" ON "member" ("activeUserId") `);
  }
}
