import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClaimAttemptVia1796411422018 implements MigrationInterface {
  name = 'ClaimAttemptVia1796411422018';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`join_claim_attempt\` ADD \`viaUnitId\` varchar(36) NULL`);
    await queryRunner.query(`ALTER TABLE \`join_claim_attempt\` ADD \`viaChannelId\` varchar(36) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`join_claim_attempt\` DROP COLUMN \`viaChannelId\``);
    await queryRunner.query(`ALTER TABLE \`join_claim_attempt\` DROP COLUMN \`viaUnitId\``);
  }
}
