import type { AidConfig } from './aid.config';
import type { AppConfig } from './app.config';
import type { DatabaseConfig } from './database.config';
import type { IdentityConfig } from './identity.config';
import type { JoinConfig } from './join.config';
import type { PersonalDataConfig } from './personal-data.config';
import type { FilesConfig } from './files.config';
import type { LimitsConfig } from './limits.config';
import type { WechatConfig } from './wechat.config';
import { aidConfig } from './aid.config';
import { appConfig } from './app.config';
import { databaseConfig } from './database.config';
import { filesConfig } from './files.config';
import { joinConfig } from './join.config';
import { limitsConfig } from './limits.config';
import { personalDataConfig } from './personal-data.config';
import { syncConfig } from './sync.config';
import { wechatConfig } from './wechat.config';

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

/**
 * Reads every namespace once before the application is built, so that a bad setting stops the
 * start with its own message instead of an error from deep inside the module graph.
 */
export function checkAllSettings(): void {
  for (const load of [appConfig, databaseConfig, filesConfig, limitsConfig, wechatConfig, personalDataConfig, joinConfig, aidConfig, syncConfig]) load();
}
