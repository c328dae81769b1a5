import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Stations1795494241153 implements MigrationInterface {
  name = 'Stations1795494241153';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "station" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "orgUnitId" varchar(36) NOT NULL, "address" varchar(200) NOT NULL, "districtCode" varchar(12) NOT NULL, "lat" double NOT NULL, "lng" double NOT NULL, "cellRow" integer NOT NULL, "cellCol" integer NOT NULL, "facilities" integer NOT NULL, "hours" text NOT NULL, "closures" text NOT NULL, "starLevel" smallint, "phone" varchar(20), "photoKeys" text NOT NULL, "status" varchar(16) NOT NULL, "closedReason" varchar(200), "accessNote" varchar(200), "verifiedOn" varchar(10), "externalId" varchar(64), "isDemo" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_72a02d781f3b8acc1d697c7058" ON "station" ("districtCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_station_unit_external" ON "station" ("orgUnitId", "externalId") `);
    await queryRunner.query(`CREATE INDEX "IDX_station_cell" ON "station" ("cellRow", "cellCol") `);
    await queryRunner.query(`CREATE TABLE "station_rating" ("id" varchar(36) PRIMARY KEY NOT NULL, "stationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "day" varchar(10) NOT NULL, "score" smallint NOT NULL, "idempotencyKey" varchar(64), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_station_rating_day" ON "station_rating" ("stationId", "userId", "day") `);
    await queryRunner.query(`CREATE TABLE "station_report" ("id" varchar(36) PRIMARY KEY NOT NULL, "stationId" varchar(36) NOT NULL, "reporterId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "note" varchar(200), "photoKey" varchar(40), "status" varchar(16) NOT NULL, "resolvedBy" varchar(36), "resolvedAt" datetime, "resolutionNote" varchar(200), "idempotencyKey" varchar(64), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_station_report_retry" ON "station_report" ("reporterId", "idempotencyKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_station_report_open" ON "station_report" ("stationId", "status") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_station_report_open"`);
    await queryRunner.query(`DROP INDEX "UQ_station_report_retry"`);
    await queryRunner.query(`DROP TABLE "station_report"`);
    await queryRunner.query(`DROP INDEX "UQ_station_rating_day"`);
    await queryRunner.query(`DROP TABLE "station_rating"`);
    await queryRunner.query(`DROP INDEX "IDX_station_cell"`);
    await queryRunner.query(`DROP INDEX "UQ_station_unit_external"`);
    await queryRunner.query(`DROP INDEX "IDX_72a02d781f3b8acc1d697c7058"`);
    await queryRunner.query(`DROP TABLE "station"`);
  }
}
