import { registerAs } from '@nestjs/config';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { EnvBoolean, validateConfig } from './validate-config';

export type DatabaseConfig =
  | { type: 'sqljs'; /** null keeps the database in memory only */ location: string | null; seedDemo: boolean }
  /** MariaDB reports column defaults its own way, so TypeORM must be told which server it talks to. */
  | { type: 'mysql' | 'mariadb'; url: string; seedDemo: boolean };

class DatabaseEnv {
  /** `mysql://user:pass@host:3306/db`, `mariadb://…`, `sqljs:<file>` or `sqljs::memory:` */
  @Matches(/^((mysql|mariadb):\/\/.+|sqljs:.+)$/, { message: 'DATABASE_URL must be mysql://user:pass@host:port/db, mariadb://… or sqljs:<file>' })
  DATABASE_URL: string = 'sqljs:.data/unionhub.sqlite';

  @IsOptional()
  @EnvBoolean()
  @IsBoolean()
  DEMO_DATA?: boolean;
}

export function parseDatabaseUrl(url: string, seedDemo?: boolean): DatabaseConfig {
  if (url.startsWith('mysql://')) return { type: 'mysql', url, seedDemo: seedDemo ?? false };
  if (url.startsWith('mariadb://')) return { type: 'mariadb', url: url.replace(/^mariadb:/, 'mysql:'), seedDemo: seedDemo ?? false };
  const location = url.slice('sqljs:'.length);
  return { type: 'sqljs', location: location === ':memory:' ? null : location, seedDemo: seedDemo ?? true };
}

export const databaseConfig = registerAs('database', (): DatabaseConfig => {
  const env = validateConfig(process.env, DatabaseEnv);
  return parseDatabaseUrl(env.DATABASE_URL, env.DEMO_DATA);
});
