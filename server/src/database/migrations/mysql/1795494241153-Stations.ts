import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Stations1795494241153 implements MigrationInterface {
  name = 'Stations1795494241153';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`station\` (\`id\` varchar(36) NOT NULL, \`name\` varchar(100) NOT NULL, \`orgUnitId\` varchar(36) NOT NULL, \`address\` varchar(200) NOT NULL, \`districtCode\` varchar(12) NOT NULL, \`lat\` double NOT NULL, \`lng\` double NOT NULL, \`cellRow\` int NOT NULL, \`cellCol\` int NOT NULL, \`facilities\` int NOT NULL, \`hours\` text NOT NULL, \`closures\` text NOT NULL, \`starLevel\` smallint NULL, \`phone\` varchar(20) NULL, \`photoKeys\` text NOT NULL, \`status\` varchar(16) NOT NULL, \`closedReason\` varchar(200) NULL, \`accessNote\` varchar(200) NULL, \`verifiedOn\` varchar(10) NULL, \`externalId\` varchar(64) NULL, \`isDemo\` tinyint NOT NULL DEFAULT 0, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_72a02d781f3b8acc1d697c7058\` (\`districtCode\`), UNIQUE INDEX \`UQ_station_unit_external\` (\`orgUnitId\`, \`externalId\`), INDEX \`IDX_station_cell\` (\`cellRow\`, \`cellCol\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`station_rating\` (\`id\` varchar(36) NOT NULL, \`stationId\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`day\` varchar(10) NOT NULL, \`score\` smallint NOT NULL, \`idempotencyKey\` varchar(64) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_station_rating_day\` (\`stationId\`, \`userId\`, \`day\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`station_report\` (\`id\` varchar(36) NOT NULL, \`stationId\` varchar(36) NOT NULL, \`reporterId\` varchar(36) NOT NULL, \`kind\` varchar(24) NOT NULL, \`note\` varchar(200) NULL, \`photoKey\` varchar(40) NULL, \`status\` varchar(16) NOT NULL, \`resolvedBy\` varchar(36) NULL, \`resolvedAt\` datetime NULL, \`resolutionNote\` varchar(200) NULL, \`idempotencyKey\` varchar(64) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_station_report_retry\` (\`reporterId\`, \`idempotencyKey\`), INDEX \`IDX_station_report_open\` (\`stationId\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_station_report_open\` ON \`station_report\``);
    await queryRunner.query(`DROP INDEX \`UQ_station_report_retry\` ON \`station_report\``);
    await queryRunner.query(`DROP TABLE \`station_report\``);
    await queryRunner.query(`DROP INDEX \`UQ_station_rating_day\` ON \`station_rating\``);
    await queryRunner.query(`DROP TABLE \`station_rating\``);
    await queryRunner.query(`DROP INDEX \`IDX_station_cell\` ON \`station\``);
    await queryRunner.query(`DROP INDEX \`UQ_station_unit_external\` ON \`station\``);
    await queryRunner.query(`DROP INDEX \`IDX_72a02d781f3b8acc1d697c7058\` ON \`station\``);
    await queryRunner.query(`DROP TABLE \`station\``);
  }
}
