import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StationCoveringIndex1795507486791 implements MigrationInterface {
  name = 'StationCoveringIndex1795507486791';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_station_cell\` ON \`station\``);
    await queryRunner.query(`CREATE INDEX \`IDX_station_cell\` ON \`station\` (\`cellRow\`, \`cellCol\`, \`status\`, \`facilities\`, \`lat\`, \`lng\`, \`id\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_station_cell\` ON \`station\``);
    await queryRunner.query(`CREATE INDEX \`IDX_station_cell\` ON \`station\` (\`cellRow\`, \`cellCol\`)`);
  }
}
