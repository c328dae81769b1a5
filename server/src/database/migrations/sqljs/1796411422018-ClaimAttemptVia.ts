import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClaimAttemptVia1796411422018 implements MigrationInterface {
  name = 'ClaimAttemptVia1796411422018';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_81ea0109f76e2dadfcb9a7f612"`);
    await queryRunner.query(`DROP INDEX "IDX_1d111e77258986a93750f2f0ef"`);
    await queryRunner.query(`CREATE TABLE "temporary_join_claim_attempt" ("id" varchar(36) PRIMARY KEY NOT NULL, "idHash" varchar(64) NOT NULL, "day" varchar(10) NOT NULL, "userId" varchar(36) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "reason" varchar(24) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "viaUnitId" varchar(36), "viaChannelId" varchar(36))`);
    await queryRunner.query(`INSERT INTO "temporary_join_claim_attempt"("id", "idHash", "day", "userId", "orgUnitId", "reason", "createdAt") SELECT "id", "idHash", "day", "userId", "orgUnitId", "reason", "createdAt" FROM "join_claim_attempt"`);
    await queryRunner.query(`DROP TABLE "join_claim_attempt"`);
    await queryRunner.query(`ALTER TABLE "temporary_join_claim_attempt" RENAME TO "join_claim_attempt"`);
    await queryRunner.query(`CREATE INDEX "IDX_81ea0109f76e2dadfcb9a7f612" ON "join_claim_attempt" ("idHash", "day") `);
    await queryRunner.query(`CREATE INDEX "IDX_1d111e77258986a93750f2f0ef" ON "join_claim_attempt" ("orgUnitId", "day") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_1d111e77258986a93750f2f0ef"`);
    await queryRunner.query(`DROP INDEX "IDX_81ea0109f76e2dadfcb9a7f612"`);
    await queryRunner.query(`ALTER TABLE "join_claim_attempt" RENAME TO "temporary_join_claim_attempt"`);
    await queryRunner.query(`CREATE TABLE "join_claim_attempt" ("id" varchar(36) PRIMARY KEY NOT NULL, "idHash" varchar(64) NOT NULL, "day" varchar(10) NOT NULL, "userId" varchar(36) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "reason" varchar(24) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "join_claim_attempt"("id", "idHash", "day", "userId", "orgUnitId", "reason", "createdAt") SELECT "id", "idHash", "day", "userId", "orgUnitId", "reason", "createdAt" FROM "temporary_join_claim_attempt"`);
    await queryRunner.query(`DROP TABLE "temporary_join_claim_attempt"`);
    await queryRunner.query(`CREATE INDEX "IDX_1d111e77258986a93750f2f0ef" ON "join_claim_attempt" ("orgUnitId", "day") `);
    await queryRunner.query(`CREATE INDEX "IDX_81ea0109f76e2dadfcb9a7f612" ON "join_claim_attempt" ("idHash", "day") `);
  }
}
