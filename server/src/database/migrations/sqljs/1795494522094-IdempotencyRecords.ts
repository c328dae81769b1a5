import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyRecords1795494522094 implements MigrationInterface {
  name = 'IdempotencyRecords1795494522094';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "idempotency_record" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "key" varchar(64) NOT NULL, "route" varchar(100) NOT NULL, "fingerprint" varchar(64) NOT NULL, "state" varchar(16) NOT NULL, "responseStatus" integer, "responseBody" text, "startedAt" datetime NOT NULL, "attempt" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_0506b4f42fb119b584fc2c729f" ON "idempotency_record" ("createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_521ce64ba60266a7e0904bc95f" ON "idempotency_record" ("userId", "key") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_521ce64ba60266a7e0904bc95f"`);
    await queryRunner.query(`DROP INDEX "IDX_0506b4f42fb119b584fc2c729f"`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
  }
}
