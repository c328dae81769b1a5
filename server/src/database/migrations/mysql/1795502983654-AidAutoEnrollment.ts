import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AidAutoEnrollment1795502983654 implements MigrationInterface {
  name = 'AidAutoEnrollment1795502983654';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`aid_plan\` ADD \`autoEnrollOnJoin\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`aid_plan\` ADD \`autoEnrollOccupations\` text NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`aid_plan\` DROP COLUMN \`autoEnrollOccupations\``);
    await queryRunner.query(`ALTER TABLE \`aid_plan\` DROP COLUMN \`autoEnrollOnJoin\``);
  }
}
