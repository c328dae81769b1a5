import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClaimPayeeApproval1796411147947 implements MigrationInterface {
  name = 'ClaimPayeeApproval1796411147947';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`aid_claim\` ADD \`payeeReason\` varchar(60) NULL`);
    await queryRunner.query(`ALTER TABLE \`aid_claim\` ADD \`payeeApprovedBy\` varchar(36) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`aid_claim\` DROP COLUMN \`payeeApprovedBy\``);
    await queryRunner.query(`ALTER TABLE \`aid_claim\` DROP COLUMN \`payeeReason\``);
  }
}
