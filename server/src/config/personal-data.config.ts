import { registerAs } from '@nestjs/config';
import { IsString, ValidateIf } from 'class-validator';
import { developmentKey, invalidSetting, keyProblem } from './secrets';
import { isProduction, validateConfig } from './validate-config';

export interface PersonalDataConfig {
  /** Encryption keys by id: 32 bytes each. Old ids stay so that old values still decrypt. */
  keys: Record<string, Buffer>;
  /** The key id new values are encrypted with. */
  activeKeyId: string;
  /** HMAC key for lookup hashes; changing it orphans every stored hash, so it is not rotated. */
  hashKey: Buffer;
}

const KEY_ID = /^[A-Za-z0-9]{1,16}$/;

class PersonalDataEnv {
  @ValidateIf((_: PersonalDataEnv) => isProduction())
  @IsString({ message: 'PII_KEYS must be set in production: k1:<base64 of 32 random bytes>[,k2:…]' })
  PII_KEYS?: string;

  @ValidateIf((_: PersonalDataEnv) => isProduction())
  @IsString({ message: 'PII_ACTIVE_KEY must be set in production: the id in PII_KEYS used for new values' })
  PII_ACTIVE_KEY?: string;

  @ValidateIf((_: PersonalDataEnv) => isProduction())
  @IsString({ message: 'PII_HASH_KEY must be set in production: base64 of at least 32 random bytes' })
  PII_HASH_KEY?: string;
}

export function parsePersonalDataKeys(text: string): Record<string, Buffer> {
  const keys: Record<string, Buffer> = {};
  for (const entry of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    if (separator < 1 || !KEY_ID.test(id)) throw invalidSetting('PII_KEYS', 'each entry must be <id>:<base64 key>, the id 1-16 letters or digits');
    if (key.length !== 32) throw invalidSetting('PII_KEYS', `key "${id}" must be 32 bytes (base64 of 32 random bytes)`);
    if (keys[id]) throw invalidSetting('PII_KEYS', `key id "${id}" appears twice`);
    keys[id] = key;
  }
  if (Object.keys(keys).length === 0) throw invalidSetting('PII_KEYS', 'no key given');
  return keys;
}

/** Key material never appears in an error: only the variable and what is wrong with it. */
function refuseWeakKeys(keys: Record<string, Buffer>, hashKey: Buffer): void {
  for (const [id, key] of Object.entries(keys)) {
    const problem = keyProblem(key);
    if (problem) throw invalidSetting('PII_KEYS', `key "${id}" ${problem}`);
  }
  const problem = keyProblem(hashKey);
  if (problem) throw invalidSetting('PII_HASH_KEY', problem);
}

export const personalDataConfig = registerAs('personalData', (): PersonalDataConfig => {
  const env = validateConfig(process.env, PersonalDataEnv);
  const keys = env.PII_KEYS ? parsePersonalDataKeys(env.PII_KEYS) : { dev: developmentKey('pii') };
  const ids = Object.keys(keys);
  const activeKeyId = env.PII_ACTIVE_KEY ?? (ids.length === 1 ? ids[0] : '');
  if (!keys[activeKeyId]) throw invalidSetting('PII_ACTIVE_KEY', `must name one of the ids in PII_KEYS (${ids.join(', ')})`);
  const hashKey = env.PII_HASH_KEY ? Buffer.from(env.PII_HASH_KEY, 'base64') : developmentKey('pii-hash');
  if (hashKey.length < 32) throw invalidSetting('PII_HASH_KEY', 'must be base64 of at least 32 bytes');
  if (isProduction()) refuseWeakKeys(keys, hashKey);
  return { keys, activeKeyId, hashKey };
});
