import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TransferDecisions1795498672057 implements MigrationInterface {
  name = 'TransferDecisions1795498672057';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`transfer\` ADD \`releasedBy\` varchar(36) NULL`);
    await queryRunner.query(`ALTER TABLE \`transfer\` ADD \`releasedAt\` datetime NULL`);
    await queryRunner.query(`ALTER TABLE \`transfer\` ADD \`decidedBy\` varchar(36) NULL`);
    await queryRunner.query(`ALTER TABLE \`transfer\` ADD \`decidedAt\` datetime NULL`);
    await queryRunner.query(`ALTER TABLE \`transfer\` ADD \`refusedBy\` varchar(16) NULL`);
    await queryRunner.query(`ALTER TABLE \`transfer\` ADD \`refuseReason\` varchar(200) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`transfer\` DROP COLUMN \`refuseReason\``);
    await queryRunner.query(`ALTER TABLE \`transfer\` DROP COLUMN \`refusedBy\``);
    await queryRunner.query(`ALTER TABLE \`transfer\` DROP COLUMN \`decidedAt\``);
    await queryRunner.query(`ALTER TABLE \`transfer\` DROP COLUMN \`decidedBy\``);
    await queryRunner.query(`ALTER TABLE \`transfer\` DROP COLUMN \`releasedAt\``);
    await queryRunner.query(`ALTER TABLE \`transfer\` DROP COLUMN \`releasedBy\``);
  }
}
