import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshTokens1796405494083 implements MigrationInterface {
  name = 'RefreshTokens1796405494083';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`refresh_token\` (\`id\` varchar(36) NOT NULL, \`familyId\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`tokenHash\` varchar(64) NOT NULL, \`expiresAt\` datetime NOT NULL, \`usedAt\` datetime NULL, \`revokedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_b803086815f2d539fe7a0349d1\` (\`familyId\`), UNIQUE INDEX \`IDX_204f27bcee2b705b8230beaf41\` (\`tokenHash\`), INDEX \`IDX_43cfb71462f991555712d57720\` (\`userId\`, \`revokedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_43cfb71462f991555712d57720\` ON \`refresh_token\``);
    await queryRunner.query(`DROP INDEX \`IDX_204f27bcee2b705b8230beaf41\` ON \`refresh_token\``);
    await queryRunner.query(`DROP INDEX \`IDX_b803086815f2d539fe7a0349d1\` ON \`refresh_token\``);
    await queryRunner.query(`DROP TABLE \`refresh_token\``);
  }
}
