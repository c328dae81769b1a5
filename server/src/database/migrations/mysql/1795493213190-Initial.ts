import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795493213190 implements MigrationInterface {
  name = 'Initial1795493213190';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`audit_entry\` (\`id\` varchar(36) NOT NULL, \`actorId\` varchar(36) NOT NULL, \`actorRole\` varchar(16) NOT NULL, \`action\` varchar(64) NOT NULL, \`targetType\` varchar(32) NOT NULL, \`targetId\` varchar(36) NOT NULL, \`orgUnitId\` varchar(36) NULL, \`ip\` varchar(45) NULL, \`detail\` text NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_b68dcc794cea3a97d59a0b8771\` (\`action\`), INDEX \`IDX_a7f07da6016b575895d9e758fd\` (\`orgUnitId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`app_user\` (\`id\` varchar(36) NOT NULL, \`role\` varchar(16) NOT NULL, \`nickname\` varchar(50) NOT NULL, \`openid\` varchar(64) NULL, \`devAccount\` varchar(64) NULL, \`orgUnitId\` varchar(36) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`lastLoginAt\` datetime NULL, UNIQUE INDEX \`IDX_c7b89fc49b5acacf325dd16092\` (\`openid\`), UNIQUE INDEX \`IDX_bfaf35e3e49a132320be7e4b3f\` (\`devAccount\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`org_unit\` (\`id\` varchar(36) NOT NULL, \`code\` varchar(32) NOT NULL, \`name\` varchar(100) NOT NULL, \`level\` varchar(16) NOT NULL, \`kind\` varchar(16) NOT NULL, \`parentId\` varchar(36) NULL, \`path\` varchar(255) NOT NULL, \`regionCode\` varchar(12) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_b030ad27296e9df74659dcb8ec\` (\`code\`), INDEX \`IDX_0117a7a7034d2b27b734efa7c3\` (\`path\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_0117a7a7034d2b27b734efa7c3\` ON \`org_unit\``);
    await queryRunner.query(`DROP INDEX \`IDX_b030ad27296e9df74659dcb8ec\` ON \`org_unit\``);
    await queryRunner.query(`DROP TABLE \`org_unit\``);
    await queryRunner.query(`DROP INDEX \`IDX_bfaf35e3e49a132320be7e4b3f\` ON \`app_user\``);
    await queryRunner.query(`DROP INDEX \`IDX_c7b89fc49b5acacf325dd16092\` ON \`app_user\``);
    await queryRunner.query(`DROP TABLE \`app_user\``);
    await queryRunner.query(`DROP INDEX \`IDX_a7f07da6016b575895d9e758fd\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_b68dcc794cea3a97d59a0b8771\` ON \`audit_entry\``);
    await queryRunner.query(`DROP TABLE \`audit_entry\``);
  }
}
