import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { PersonalDataConfig } from '../../config';

/** What a value is; bound into the ciphertext and the hash, so one kind never passes for another. */
export type PersonalDataKind = 'id-number' | 'phone' | 'bank-account' | 'webhook-secret';

const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const encode = (bytes: Buffer): string => bytes.toString('base64url');
const decode = (text: string): Buffer => Buffer.from(text, 'base64url');

/**
 * Encrypts personal data at rest with AES-256-GCM and makes keyed lookup hashes of it.
 * A stored value is `v1:<key id>:<iv>:<tag>:<ciphertext>` (base64url), so values written with an
 * older key still decrypt after PII_ACTIVE_KEY moves on to a new one.
 */
export class PersonalDataCipher {
  constructor(private readonly config: PersonalDataConfig) {}

  encrypt(kind: PersonalDataKind, plaintext: string): string {
    const keyId = this.config.activeKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.config.keys[keyId], iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData(keyId, kind));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT, keyId, encode(iv), encode(cipher.getAuthTag()), encode(ciphertext)].join(':');
  }

  /** Throws when the value was altered, belongs to another kind, or its key is no longer configured. */
  decrypt(kind: PersonalDataKind, stored: string): string {
    const [format, keyId, iv, tag, ciphertext, ...rest] = stored.split(':');
    if (format !== FORMAT || rest.length > 0 || ciphertext === undefined) throw new Error('personal data: unknown format');
    const key = this.config.keys[keyId];
    if (!key) throw new Error(`personal data: key "${keyId}" is not configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, decode(iv), { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(keyId, kind));
    decipher.setAuthTag(decode(tag));
    try {
      return Buffer.concat([decipher.update(decode(ciphertext)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('personal data: authentication failed');
    }
  }

  /** The lookup hash of a normalised value: equal values give equal hashes, under any encryption key. */
  hash(kind: PersonalDataKind, normalised: string): string {
    return createHmac('sha256', this.config.hashKey).update(`${kind}:${normalised}`).digest('hex');
  }

  /** True for values written with a key other than the active one (to re-encrypt after a rotation). */
  isStale(stored: string): boolean {
    return stored.split(':')[1] !== this.config.activeKeyId;
  }
}

function additionalData(keyId: string, kind: PersonalDataKind): Buffer {
  return Buffer.from(`${FORMAT}:${keyId}:${kind}`, 'utf8');
}
