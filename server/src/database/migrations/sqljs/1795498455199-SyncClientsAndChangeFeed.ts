import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SyncClientsAndChangeFeed1795498455199 implements MigrationInterface {
  name = 'SyncClientsAndChangeFeed1795498455199';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "change_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "seq" bigint NOT NULL, "type" varchar(16) NOT NULL, "action" varchar(16) NOT NULL, "subjectId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "otherUnitPath" varchar(255), "data" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5bc9e39578d4b29addc565aa11" ON "change_event" ("seq") `);
    await queryRunner.query(`CREATE INDEX "IDX_60d6cc919b8f13e847b0ad615e" ON "change_event" ("unitPath", "seq") `);
    await queryRunner.query(`CREATE TABLE "change_sequence" ("name" varchar(16) PRIMARY KEY NOT NULL, "value" bigint NOT NULL DEFAULT (0))`);
    await queryRunner.query(`CREATE TABLE "api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(64) NOT NULL, "unitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "permissions" varchar(255) NOT NULL, "secretHash" varchar(64) NOT NULL, "status" varchar(16) NOT NULL, "createdBy" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "rotatedAt" datetime, "revokedAt" datetime)`);
    await queryRunner.query(`CREATE INDEX "IDX_75913dac5a4beb7575955c6bac" ON "api_client" ("unitPath") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_75913dac5a4beb7575955c6bac"`);
    await queryRunner.query(`DROP TABLE "api_client"`);
    await queryRunner.query(`DROP TABLE "change_sequence"`);
    await queryRunner.query(`DROP INDEX "IDX_60d6cc919b8f13e847b0ad615e"`);
    await queryRunner.query(`DROP INDEX "IDX_5bc9e39578d4b29addc565aa11"`);
    await queryRunner.query(`DROP TABLE "change_event"`);
  }
}
