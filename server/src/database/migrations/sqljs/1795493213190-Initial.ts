import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795493213190 implements MigrationInterface {
  name = 'Initial1795493213190';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "actorId" varchar(36) NOT NULL, "actorRole" varchar(16) NOT NULL, "action" varchar(64) NOT NULL, "targetType" varchar(32) NOT NULL, "targetId" varchar(36) NOT NULL, "orgUnitId" varchar(36), "ip" varchar(45), "detail" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_b68dcc794cea3a97d59a0b8771" ON "audit_entry" ("action") `);
    await queryRunner.query(`CREATE INDEX "IDX_a7f07da6016b575895d9e758fd" ON "audit_entry" ("orgUnitId", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "role" varchar(16) NOT NULL, "nickname" varchar(50) NOT NULL, "openid" varchar(64), "devAccount" varchar(64), "orgUnitId" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "lastLoginAt" datetime)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c7b89fc49b5acacf325dd16092" ON "app_user" ("openid") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bfaf35e3e49a132320be7e4b3f" ON "app_user" ("devAccount") `);
    await queryRunner.query(`CREATE TABLE "org_unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(100) NOT NULL, "level" varchar(16) NOT NULL, "kind" varchar(16) NOT NULL, "parentId" varchar(36), "path" varchar(255) NOT NULL, "regionCode" varchar(12), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b030ad27296e9df74659dcb8ec" ON "org_unit" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_0117a7a7034d2b27b734efa7c3" ON "org_unit" ("path") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_0117a7a7034d2b27b734efa7c3"`);
    await queryRunner.query(`DROP INDEX "IDX_b030ad27296e9df74659dcb8ec"`);
    await queryRunner.query(`DROP TABLE "org_unit"`);
    await queryRunner.query(`DROP INDEX "IDX_bfaf35e3e49a132320be7e4b3f"`);
    await queryRunner.query(`DROP INDEX "IDX_c7b89fc49b5acacf325dd16092"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "IDX_a7f07da6016b575895d9e758fd"`);
    await queryRunner.query(`DROP INDEX "IDX_b68dcc794cea3a97d59a0b8771"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
