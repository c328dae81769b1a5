import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VerifiedIdentity1796405385022 implements MigrationInterface {
  name = 'VerifiedIdentity1796405385022';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`phone_code\` (\`id\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`phoneHash\` varchar(64) NOT NULL, \`codeHash\` varchar(64) NOT NULL, \`tries\` int NOT NULL DEFAULT '0', \`expiresAt\` datetime NOT NULL, \`usedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_27fe09dd8c6f4ecc4ccc2066c5\` (\`createdAt\`), INDEX \`IDX_33a0bfa73117f284e2b825666d\` (\`phoneHash\`, \`createdAt\`), INDEX \`IDX_ca0b55832458fcc168323953b2\` (\`userId\`, \`phoneHash\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`join_claim_attempt\` (\`id\` varchar(36) NOT NULL, \`idHash\` varchar(64) NOT NULL, \`day\` varchar(10) NOT NULL, \`userId\` varchar(36) NOT NULL, \`orgUnitId\` varchar(36) NOT NULL, \`reason\` varchar(24) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_1d111e77258986a93750f2f0ef\` (\`orgUnitId\`, \`day\`), INDEX \`IDX_81ea0109f76e2dadfcb9a7f612\` (\`idHash\`, \`day\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`join_application\` ADD \`phoneVerifiedBy\` varchar(8) NULL`);
    await queryRunner.query(`ALTER TABLE \`join_application\` ADD \`identityCheck\` varchar(12) NOT NULL DEFAULT 'not-run'`);
    await queryRunner.query(`ALTER TABLE \`join_application\` ADD \`holdReason\` varchar(24) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`join_application\` DROP COLUMN \`holdReason\``);
    await queryRunner.query(`ALTER TABLE \`join_application\` DROP COLUMN \`identityCheck\``);
    await queryRunner.query(`ALTER TABLE \`join_application\` DROP COLUMN \`phoneVerifiedBy\``);
    await queryRunner.query(`DROP INDEX \`IDX_81ea0109f76e2dadfcb9a7f612\` ON \`join_claim_attempt\``);
    await queryRunner.query(`DROP INDEX \`IDX_1d111e77258986a93750f2f0ef\` ON \`join_claim_attempt\``);
    await queryRunner.query(`DROP TABLE \`join_claim_attempt\``);
    await queryRunner.query(`DROP INDEX \`IDX_ca0b55832458fcc168323953b2\` ON \`phone_code\``);
    await queryRunner.query(`DROP INDEX \`IDX_33a0bfa73117f284e2b825666d\` ON \`phone_code\``);
    await queryRunner.query(`DROP INDEX \`IDX_27fe09dd8c6f4ecc4ccc2066c5\` ON \`phone_code\``);
    await queryRunner.query(`DROP TABLE \`phone_code\``);
  }
}
