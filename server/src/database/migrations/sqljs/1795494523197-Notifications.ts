import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795494523197 implements MigrationInterface {
  name = 'Notifications1795494523197';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "title" varchar(40) NOT NULL, "body" varchar(300) NOT NULL, "link" varchar(200), "readAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_039c7fcba309434f48b3ffaa58" ON "notification" ("userId", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "subscribe_grant" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "templateId" varchar(64) NOT NULL, "consumedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_a4a271636c12e0f3d170764061" ON "subscribe_grant" ("userId", "templateId", "consumedAt") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_a4a271636c12e0f3d170764061"`);
    await queryRunner.query(`DROP TABLE "subscribe_grant"`);
    await queryRunner.query(`DROP INDEX "IDX_039c7fcba309434f48b3ffaa58"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
