import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SyncClientsAndChangeFeed1795498455199 implements MigrationInterface {
  name = 'SyncClientsAndChangeFeed1795498455199';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`change_event\` (\`id\` varchar(36) NOT NULL, \`seq\` bigint NOT NULL, \`type\` varchar(16) NOT NULL, \`action\` varchar(16) NOT NULL, \`subjectId\` varchar(36) NOT NULL, \`unitId\` varchar(36) NOT NULL, \`unitPath\` varchar(255) NOT NULL, \`otherUnitPath\` varchar(255) NULL, \`data\` text NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_5bc9e39578d4b29addc565aa11\` (\`seq\`), INDEX \`IDX_60d6cc919b8f13e847b0ad615e\` (\`unitPath\`, \`seq\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`change_sequence\` (\`name\` varchar(16) NOT NULL, \`value\` bigint NOT NULL DEFAULT '0', PRIMARY KEY (\`name\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`api_client\` (\`id\` varchar(36) NOT NULL, \`name\` varchar(64) NOT NULL, \`unitId\` varchar(36) NOT NULL, \`unitPath\` varchar(255) NOT NULL, \`permissions\` varchar(255) NOT NULL, \`secretHash\` varchar(64) NOT NULL, \`status\` varchar(16) NOT NULL, \`createdBy\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`rotatedAt\` datetime NULL, \`revokedAt\` datetime NULL, INDEX \`IDX_75913dac5a4beb7575955c6bac\` (\`unitPath\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_75913dac5a4beb7575955c6bac\` ON \`api_client\``);
    await queryRunner.query(`DROP TABLE \`api_client\``);
    await queryRunner.query(`DROP TABLE \`change_sequence\``);
    await queryRunner.query(`DROP INDEX \`IDX_60d6cc919b8f13e847b0ad615e\` ON \`change_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_5bc9e39578d4b29addc565aa11\` ON \`change_event\``);
    await queryRunner.query(`DROP TABLE \`change_event\``);
  }
}
