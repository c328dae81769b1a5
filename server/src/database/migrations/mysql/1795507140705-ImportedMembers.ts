import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportedMembers1795507140705 implements MigrationInterface {
  name = 'ImportedMembers1795507140705';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`member\` ADD \`origin\` varchar(16) NOT NULL DEFAULT 'join'`);
    await queryRunner.query(`ALTER TABLE \`member\` CHANGE \`userId\` \`userId\` varchar(36) NULL`);
    await queryRunner.query(`ALTER TABLE \`member\` CHANGE \`applicationId\` \`applicationId\` varchar(36) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`member\` CHANGE \`applicationId\` \`applicationId\` varchar(36) NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`member\` CHANGE \`userId\` \`userId\` varchar(36) NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`member\` DROP COLUMN \`origin\``);
  }
}
