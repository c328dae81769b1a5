import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberAndOfficerTransfers1795503134041 implements MigrationInterface {
  name = 'MemberAndOfficerTransfers1795503134041';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`transfer\` ADD \`origin\` varchar(16) NOT NULL DEFAULT 'application'`);
    await queryRunner.query(`ALTER TABLE \`transfer\` ADD \`startedBy\` varchar(36) NULL`);
    await queryRunner.query(`ALTER TABLE \`transfer\` ADD \`acceptedInAdvance\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`transfer\` ADD \`reason\` varchar(200) NULL`);
    await queryRunner.query(`ALTER TABLE \`transfer\` ADD \`newEmployer\` varchar(100) NULL`);
    await queryRunner.query(`ALTER TABLE \`transfer\` CHANGE \`applicationId\` \`applicationId\` varchar(36) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`transfer\` CHANGE \`applicationId\` \`applicationId\` varchar(36) NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`transfer\` DROP COLUMN \`newEmployer\``);
    await queryRunner.query(`ALTER TABLE \`transfer\` DROP COLUMN \`reason\``);
    await queryRunner.query(`ALTER TABLE \`transfer\` DROP COLUMN \`acceptedInAdvance\``);
    await queryRunner.query(`ALTER TABLE \`transfer\` DROP COLUMN \`startedBy\``);
    await queryRunner.query(`ALTER TABLE \`transfer\` DROP COLUMN \`origin\``);
  }
}
