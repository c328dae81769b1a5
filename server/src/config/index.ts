import type { AppConfig } from './app.config';
import type { DatabaseConfig } from './database.config';
import type { WechatConfig } from './wechat.config';

export { appConfig } from './app.config';
export { databaseConfig, parseDatabaseUrl } from './database.config';
export { wechatConfig } from './wechat.config';
export type { AppConfig, DatabaseConfig, WechatConfig };

/** The shape behind `ConfigService<AllConfig, true>`. */
export interface AllConfig {
  app: AppConfig;
  database: DatabaseConfig;
  wechat: WechatConfig;
}
