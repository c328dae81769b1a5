import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AidPayeeCard1795508071611 implements MigrationInterface {
  name = 'AidPayeeCard1795508071611';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`aid_payee_card\` (\`id\` varchar(36) NOT NULL, \`memberId\` varchar(36) NOT NULL, \`cardEnc\` varchar(255) NOT NULL, \`cardMasked\` varchar(32) NOT NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_9105665ee1d1ec2d8f146b8f98\` (\`memberId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_9105665ee1d1ec2d8f146b8f98\` ON \`aid_payee_card\``);
    await queryRunner.query(`DROP TABLE \`aid_payee_card\``);
  }
}
