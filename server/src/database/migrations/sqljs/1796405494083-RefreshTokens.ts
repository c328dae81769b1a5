import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshTokens1796405494083 implements MigrationInterface {
  name = 'RefreshTokens1796405494083';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "familyId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "tokenHash" varchar(64) NOT NULL, "expiresAt" datetime NOT NULL, "usedAt" datetime, "revokedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_b803086815f2d539fe7a0349d1" ON "refresh_token" ("familyId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_204f27bcee2b705b8230beaf41" ON "refresh_token" ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_43cfb71462f991555712d57720" ON "refresh_token" ("userId", "revokedAt") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_43cfb71462f991555712d57720"`);
    await queryRunner.query(`DROP INDEX "IDX_204f27bcee2b705b8230beaf41"`);
    await queryRunner.query(`DROP INDEX "IDX_b803086815f2d539fe7a0349d1"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
  }
}
