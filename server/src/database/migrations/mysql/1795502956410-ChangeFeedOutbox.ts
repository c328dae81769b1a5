import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChangeFeedOutbox1795502956410 implements MigrationInterface {
  name = 'ChangeFeedOutbox1795502956410';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`change_event\` DROP PRIMARY KEY`);
    await queryRunner.query(`ALTER TABLE \`change_event\` DROP COLUMN \`id\``);
    await queryRunner.query(`ALTER TABLE \`change_event\` ADD \`pos\` int UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT`);
    await queryRunner.query(`DROP INDEX \`IDX_60d6cc919b8f13e847b0ad615e\` ON \`change_event\``);
    await queryRunner.query(`ALTER TABLE \`change_event\` CHANGE \`seq\` \`seq\` bigint NULL`);
    await queryRunner.query(`CREATE INDEX \`IDX_60d6cc919b8f13e847b0ad615e\` ON \`change_event\` (\`unitPath\`, \`seq\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_60d6cc919b8f13e847b0ad615e\` ON \`change_event\``);
    await queryRunner.query(`ALTER TABLE \`change_event\` CHANGE \`seq\` \`seq\` bigint NOT NULL`);
    await queryRunner.query(`CREATE INDEX \`IDX_60d6cc919b8f13e847b0ad615e\` ON \`change_event\` (\`unitPath\`, \`seq\`)`);
    await queryRunner.query(`ALTER TABLE \`change_event\` DROP COLUMN \`pos\``);
    await queryRunner.query(`ALTER TABLE \`change_event\` ADD \`id\` varchar(36) NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`change_event\` ADD PRIMARY KEY (\`id\`)`);
  }
}
