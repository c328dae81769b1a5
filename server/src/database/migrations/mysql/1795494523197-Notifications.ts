import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795494523197 implements MigrationInterface {
  name = 'Notifications1795494523197';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`notification\` (\`id\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`title\` varchar(40) NOT NULL, \`body\` varchar(300) NOT NULL, \`link\` varchar(200) NULL, \`readAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_039c7fcba309434f48b3ffaa58\` (\`userId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`subscribe_grant\` (\`id\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`templateId\` varchar(64) NOT NULL, \`consumedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_a4a271636c12e0f3d170764061\` (\`userId\`, \`templateId\`, \`consumedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_a4a271636c12e0f3d170764061\` ON \`subscribe_grant\``);
    await queryRunner.query(`DROP TABLE \`subscribe_grant\``);
    await queryRunner.query(`DROP INDEX \`IDX_039c7fcba309434f48b3ffaa58\` ON \`notification\``);
    await queryRunner.query(`DROP TABLE \`notification\``);
  }
}
