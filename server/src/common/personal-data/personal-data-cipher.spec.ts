import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { PersonalDataCipher } from './personal-data-cipher';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const hashKey = randomBytes(32);
const cipherWith = (activeKeyId: string, keys: Record<string, Buffer> = { k1, k2 }) => new PersonalDataCipher({ keys, activeKeyId, hashKey });

const ID = '11010519491231002X';

describe('PersonalDataCipher', () => {
  it('round-trips any text', () => {
    const cipher = cipherWith('k1');
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }), (text) => {
        const stored = cipher.encrypt('phone', text);
        expect(stored).toMatch(/^v1:k1:[\w-]+:[\w-]+:[\w-]+$/);
        expect(cipher.decrypt('phone', stored)).toBe(text);
      }),
    );
  });

  it('never stores an ID number or a phone number in the clear', () => {
    const cipher = cipherWith('k1');
    for (let i = 0; i < 50; i++) {
      const stored = [cipher.encrypt('id-number', ID), cipher.encrypt('phone', '13812345678')].join(' ');
      for (const clear of [ID, ID.slice(0, 17), ID.slice(6, 14), '13812345678', '12345678']) expect(stored).not.toContain(clear);
    }
  });

  it('encrypts the same value differently each time (random IV)', () => {
    const cipher = cipherWith('k1');
    expect(cipher.encrypt('id-number', ID)).not.toBe(cipher.encrypt('id-number', ID));
  });

  it('detects a changed ciphertext, IV, tag or key id', () => {
    const cipher = cipherWith('k1');
    const parts = cipher.encrypt('id-number', ID).split(':');
    for (const index of [2, 3, 4]) {
      const bytes = Buffer.from(parts[index], 'base64url');
      bytes[0] ^= 1;
      const tampered = [...parts];
      tampered[index] = bytes.toString('base64url');
      expect(() => cipher.decrypt('id-number', tampered.join(':'))).toThrow(/authentication failed/);
    }
    expect(() => cipher.decrypt('id-number', ['v1', 'k2', ...parts.slice(2)].join(':'))).toThrow(/authentication failed/);
    expect(() => cipher.decrypt('id-number', 'v2:k1:a:b:c')).toThrow(/unknown format/);
  });

  it('refuses to read a value of one kind as another', () => {
    const cipher = cipherWith('k1');
    expect(() => cipher.decrypt('phone', cipher.encrypt('id-number', ID))).toThrow(/authentication failed/);
  });

  it('after a rotation writes with the new key and still reads values written with the old one', () => {
    const before = cipherWith('k1');
    const old = before.encrypt('id-number', ID);
    const after = cipherWith('k2');
    const fresh = after.encrypt('id-number', ID);
    expect(fresh.split(':')[1]).toBe('k2');
    expect(after.decrypt('id-number', old)).toBe(ID);
    expect(after.isStale(old)).toBe(true);
    expect(after.isStale(fresh)).toBe(false);
  });

  it('cannot read a value whose key was removed from the configuration', () => {
    const old = cipherWith('k1').encrypt('id-number', ID);
    expect(() => cipherWith('k2', { k2 }).decrypt('id-number', old)).toThrow(/key "k1" is not configured/);
  });

  it('hashes a value the same way under any encryption key, and kinds apart', () => {
    const a = cipherWith('k1').hash('id-number', ID);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(cipherWith('k2').hash('id-number', ID)).toBe(a);
    expect(cipherWith('k1').hash('phone', ID)).not.toBe(a);
    expect(new PersonalDataCipher({ keys: { k1 }, activeKeyId: 'k1', hashKey: randomBytes(32) }).hash('id-number', ID)).not.toBe(a);
  });
});
