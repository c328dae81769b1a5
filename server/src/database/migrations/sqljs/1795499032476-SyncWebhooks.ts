import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SyncWebhooks1795499032476 implements MigrationInterface {
  name = 'SyncWebhooks1795499032476';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "webhook_delivery" ("id" varchar(36) PRIMARY KEY NOT NULL, "subscriptionId" varchar(36) NOT NULL, "changeSeq" bigint NOT NULL, "body" text NOT NULL, "status" varchar(16) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime NOT NULL, "lastStatus" integer, "lastError" varchar(200), "deliveredAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_68c736ea607528dcc2ba4534f7" ON "webhook_delivery" ("subscriptionId", "changeSeq") `);
    await queryRunner.query(`CREATE INDEX "IDX_94782787f6d98f21d3cf247962" ON "webhook_delivery" ("status", "nextAttemptAt") `);
    await queryRunner.query(`CREATE TABLE "webhook_subscription" ("id" varchar(36) PRIMARY KEY NOT NULL, "clientId" varchar(36) NOT NULL, "url" varchar(500) NOT NULL, "types" varchar(120) NOT NULL, "secretEnc" varchar(255) NOT NULL, "status" varchar(16) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_b5ac9606ec60909ad83c4b97c8" ON "webhook_subscription" ("clientId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_b5ac9606ec60909ad83c4b97c8"`);
    await queryRunner.query(`DROP TABLE "webhook_subscription"`);
    await queryRunner.query(`DROP INDEX "IDX_94782787f6d98f21d3cf247962"`);
    await queryRunner.query(`DROP INDEX "IDX_68c736ea607528dcc2ba4534f7"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
  }
}
