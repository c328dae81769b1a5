import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChangeFeedOutbox1795502956410 implements MigrationInterface {
  name = 'ChangeFeedOutbox1795502956410';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_60d6cc919b8f13e847b0ad615e"`);
    await queryRunner.query(`DROP INDEX "IDX_5bc9e39578d4b29addc565aa11"`);
    await queryRunner.query(`CREATE TABLE "temporary_change_event" ("seq" bigint NOT NULL, "type" varchar(16) NOT NULL, "action" varchar(16) NOT NULL, "subjectId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "otherUnitPath" varchar(255), "data" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "temporary_change_event"("seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt") SELECT "seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt" FROM "change_event"`);
    await queryRunner.query(`DROP TABLE "change_event"`);
    await queryRunner.query(`ALTER TABLE "temporary_change_event" RENAME TO "change_event"`);
    await queryRunner.query(`CREATE INDEX "IDX_60d6cc919b8f13e847b0ad615e" ON "change_event" ("unitPath", "seq") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5bc9e39578d4b29addc565aa11" ON "change_event" ("seq") `);
    await queryRunner.query(`DROP INDEX "IDX_60d6cc919b8f13e847b0ad615e"`);
    await queryRunner.query(`DROP INDEX "IDX_5bc9e39578d4b29addc565aa11"`);
    await queryRunner.query(`CREATE TABLE "temporary_change_event" ("seq" bigint NOT NULL, "type" varchar(16) NOT NULL, "action" varchar(16) NOT NULL, "subjectId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "otherUnitPath" varchar(255), "data" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "pos" integer PRIMARY KEY AUTOINCREMENT NOT NULL)`);
    await queryRunner.query(`INSERT INTO "temporary_change_event"("seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt") SELECT "seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt" FROM "change_event"`);
    await queryRunner.query(`DROP TABLE "change_event"`);
    await queryRunner.query(`ALTER TABLE "temporary_change_event" RENAME TO "change_event"`);
    await queryRunner.query(`CREATE INDEX "IDX_60d6cc919b8f13e847b0ad615e" ON "change_event" ("unitPath", "seq") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5bc9e39578d4b29addc565aa11" ON "change_event" ("seq") `);
    await queryRunner.query(`DROP INDEX "IDX_60d6cc919b8f13e847b0ad615e"`);
    await queryRunner.query(`DROP INDEX "IDX_5bc9e39578d4b29addc565aa11"`);
    await queryRunner.query(`CREATE TABLE "temporary_change_event" ("seq" bigint, "type" varchar(16) NOT NULL, "action" varchar(16) NOT NULL, "subjectId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "otherUnitPath" varchar(255), "data" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "pos" integer PRIMARY KEY AUTOINCREMENT NOT NULL)`);
    await queryRunner.query(`INSERT INTO "temporary_change_event"("seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt", "pos") SELECT "seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt", "pos" FROM "change_event"`);
    await queryRunner.query(`DROP TABLE "change_event"`);
    await queryRunner.query(`ALTER TABLE "temporary_change_event" RENAME TO "change_event"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5bc9e39578d4b29addc565aa11" ON "change_event" ("seq") `);
    await queryRunner.query(`CREATE INDEX "IDX_60d6cc919b8f13e847b0ad615e" ON "change_event" ("unitPath", "seq") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_60d6cc919b8f13e847b0ad615e"`);
    await queryRunner.query(`DROP INDEX "IDX_5bc9e39578d4b29addc565aa11"`);
    await queryRunner.query(`ALTER TABLE "change_event" RENAME TO "temporary_change_event"`);
    await queryRunner.query(`CREATE TABLE "change_event" ("seq" bigint NOT NULL, "type" varchar(16) NOT NULL, "action" varchar(16) NOT NULL, "subjectId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "otherUnitPath" varchar(255), "data" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "pos" integer PRIMARY KEY AUTOINCREMENT NOT NULL)`);
    await queryRunner.query(`INSERT INTO "change_event"("seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt", "pos") SELECT "seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt", "pos" FROM "temporary_change_event"`);
    await queryRunner.query(`DROP TABLE "temporary_change_event"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5bc9e39578d4b29addc565aa11" ON "change_event" ("seq") `);
    await queryRunner.query(`CREATE INDEX "IDX_60d6cc919b8f13e847b0ad615e" ON "change_event" ("unitPath", "seq") `);
    await queryRunner.query(`DROP INDEX "IDX_5bc9e39578d4b29addc565aa11"`);
    await queryRunner.query(`DROP INDEX "IDX_60d6cc919b8f13e847b0ad615e"`);
    await queryRunner.query(`ALTER TABLE "change_event" RENAME TO "temporary_change_event"`);
    await queryRunner.query(`CREATE TABLE "change_event" ("seq" bigint NOT NULL, "type" varchar(16) NOT NULL, "action" varchar(16) NOT NULL, "subjectId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "otherUnitPath" varchar(255), "data" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "change_event"("seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt") SELECT "seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt" FROM "temporary_change_event"`);
    await queryRunner.query(`DROP TABLE "temporary_change_event"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5bc9e39578d4b29addc565aa11" ON "change_event" ("seq") `);
    await queryRunner.query(`CREATE INDEX "IDX_60d6cc919b8f13e847b0ad615e" ON "change_event" ("unitPath", "seq") `);
    await queryRunner.query(`DROP INDEX "IDX_5bc9e39578d4b29addc565aa11"`);
    await queryRunner.query(`DROP INDEX "IDX_60d6cc919b8f13e847b0ad615e"`);
    await queryRunner.query(`ALTER TABLE "change_event" RENAME TO "temporary_change_event"`);
    await queryRunner.query(`CREATE TABLE "change_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "seq" bigint NOT NULL, "type" varchar(16) NOT NULL, "action" varchar(16) NOT NULL, "subjectId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitPath" varchar(255) NOT NULL, "otherUnitPath" varchar(255), "data" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "change_event"("seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt") SELECT "seq", "type", "action", "subjectId", "unitId", "unitPath", "otherUnitPath", "data", "createdAt" FROM "temporary_change_event"`);
    await queryRunner.query(`DROP TABLE "temporary_change_event"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5bc9e39578d4b29addc565aa11" ON "change_event" ("seq") `);
    await queryRunner.query(`CREATE INDEX "IDX_60d6cc919b8f13e847b0ad615e" ON "change_event" ("unitPath", "seq") `);
  }
}
