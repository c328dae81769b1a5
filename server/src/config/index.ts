import type { AidConfig } from './aid.config';
import type { AppConfig } from './app.config';
import type { DatabaseConfig } from './database.config';
import type { IdentityConfig } from './identity.config';
import type { JoinConfig } from './join.config';
import type { PersonalDataConfig } from './personal-data.config';
import type { FilesConfig } from './files.config';
import type { LimitsConfig } from './limits.config';
import type { WechatConfig } from './wechat.config';

export { aidConfig } from './aid.config';
export type { AidConfig };
export { appConfig } from './app.config';
export { databaseConfig, parseDatabaseUrl } from './database.config';
export { filesConfig } from './files.config';
export type { FilesConfig };
export { limitsConfig } from './limits.config';
export { wechatConfig } from './wechat.config';
export { joinConfig } from './join.config';
export { identityConfig } from './identity.config';
export type { IdentityConfig };
export { personalDataConfig } from './personal-data.config';
export type { JoinConfig, PersonalDataConfig };
export type { AppConfig, DatabaseConfig, LimitsConfig, WechatConfig };

/** The shape behind `ConfigService<AllConfig, true>`. */
export interface AllConfig {
  app: AppConfig;
  database: DatabaseConfig;
  files: FilesConfig;
  limits: LimitsConfig;
  wechat: WechatConfig;
  personalData: PersonalDataConfig;
  join: JoinConfig;
  identity: IdentityConfig;
  aid: AidConfig;
}
