import { createHmac, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { maskPhone, type SendSmsCodeResponse } from '@unionhub/shared';
import { IsNull, LessThan, MoreThan } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import type { AllConfig } from '../../../config';
import { TransactionRunner } from '../../../database/transaction-runner';
import { RateLimitStorage } from '../../rate-limit/rate-limit.storage';
import { SmsClient } from '../sms/sms-client';
import { FAKE_SMS_CODE } from '../sms/sms-fake.client';
import { PhoneCode } from './phone-code.entity';
import { PhoneCodeError, PhoneCodeErrorCode } from './phone-code.errors';

export const CODE_VALID_MINUTES = 5;
export const MAX_TRIES = 5;
const RESEND_AFTER_SECONDS = 60;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Sends per phone and per account; the one-a-minute gap is also kept in the database. */
const SEND_LIMITS = [
  { name: 'sms-phone-hour', per: 'phone', limit: 5, ttl: HOUR_MS },
  { name: 'sms-phone-day', per: 'phone', limit: 10, ttl: DAY_MS },
  { name: 'sms-user-day', per: 'user', limit: 10, ttl: DAY_MS },
] as const;

/** One-time SMS codes that prove an H5 applicant holds the phone number he typed. */
@Injectable()
export class PhoneCodesService {
  private readonly fake: boolean;
  private readonly hashKey: Buffer;
  private readonly keyPrefix: string;

  constructor(
    config: ConfigService<AllConfig, true>,
    private readonly sms: SmsClient,
    private readonly cipher: PersonalDataCipher,
    private readonly transactions: TransactionRunner,
    private readonly counters: RateLimitStorage,
  ) {
    this.fake = config.get('identity.sms', { infer: true }).mode === 'fake';
    this.hashKey = config.get('personalData.hashKey', { infer: true });
    this.keyPrefix = config.get('limits.redisKeyPrefix', { infer: true });
  }

  async send(actor: Actor, phone: string): Promise<SendSmsCodeResponse> {
    const phoneHash = this.cipher.hash('phone', phone);
    await this.refuseTooSoon(phoneHash);
    await this.countSend(actor.userId, phoneHash);
    const id = randomUUID();
    const code = this.fake ? FAKE_SMS_CODE : String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = Date.now();
    await this.transactions.run(async (manager) => {
      const codes = manager.getRepository(PhoneCode);
      // Codes are useless a few minutes after they expire; a day later nothing of them is kept.
      await codes.delete({ createdAt: LessThan(new Date(now - DAY_MS)) });
      await codes.insert({ id, userId: actor.userId, phoneHash, codeHash: this.codeHash(id, code), tries: 0, expiresAt: new Date(now + CODE_VALID_MINUTES * 60_000), usedAt: null });
    });
    try {
      await this.sms.sendCode(phone, code, CODE_VALID_MINUTES);
    } catch (error) {
      // Not sent: it must not hold the one-a-minute gap against a retry.
      await this.transactions.single((manager) => manager.getRepository(PhoneCode).delete({ id }));
      throw error;
    }
    return { phoneMasked: maskPhone(phone), expiresInSeconds: CODE_VALID_MINUTES * 60, resendAfterSeconds: RESEND_AFTER_SECONDS };
  }

  /**
   * Proves the account holds `phone`: the latest code sent to it for this account, unexpired,
   * unused, within its tries. A right code is spent; a wrong one uses up a try.
   */
  async consume(userId: string, phone: string, code: string): Promise<void> {
    const phoneHash = this.cipher.hash('phone', phone);
    const latest = await this.transactions.single((manager) =>
      manager.getRepository(PhoneCode).findOne({ where: { userId, phoneHash }, order: { createdAt: 'DESC' } }),
    );
    if (!latest || latest.usedAt !== null || latest.expiresAt.getTime() <= Date.now()) throw new PhoneCodeError(PhoneCodeErrorCode.Expired);
    if (latest.tries >= MAX_TRIES) throw new PhoneCodeError(PhoneCodeErrorCode.TooManyTries);
    const counted = await this.transactions.single((manager) =>
      manager
        .createQueryBuilder()
        .update(PhoneCode)
        .set({ tries: () => 'tries + 1' })
        .where('id = :id AND tries < :max AND usedAt IS NULL', { id: latest.id, max: MAX_TRIES })
        .execute(),
    );
    if (counted.affected !== 1) throw new PhoneCodeError(PhoneCodeErrorCode.TooManyTries);
    if (!this.matches(latest, code)) {
      const triesLeft = MAX_TRIES - latest.tries - 1;
      throw new PhoneCodeError(triesLeft > 0 ? PhoneCodeErrorCode.Wrong : PhoneCodeErrorCode.TooManyTries, { triesLeft });
    }
    const spent = await this.transactions.single((manager) =>
      manager.getRepository(PhoneCode).update({ id: latest.id, usedAt: IsNull() }, { usedAt: new Date() }),
    );
    if (spent.affected !== 1) throw new PhoneCodeError(PhoneCodeErrorCode.Expired);
  }

  private async refuseTooSoon(phoneHash: string): Promise<void> {
    const since = new Date(Date.now() - RESEND_AFTER_SECONDS * 1000);
    const recent = await this.transactions.single((manager) => manager.getRepository(PhoneCode).countBy({ phoneHash, createdAt: MoreThan(since) }));
    if (recent > 0) throw new PhoneCodeError(PhoneCodeErrorCode.SendTooSoon, { retryAfterSeconds: RESEND_AFTER_SECONDS });
  }

  /** Shared counters (Redis when configured); like every rate limit they open if Redis is down. */
  private async countSend(userId: string, phoneHash: string): Promise<void> {
    for (const rule of SEND_LIMITS) {
      const key = `${this.keyPrefix}${rule.name}:${rule.per === 'phone' ? phoneHash : userId}`;
      const record = await this.counters.increment(key, rule.ttl, rule.limit, rule.ttl, rule.name);
      if (record.isBlocked) throw new PhoneCodeError(PhoneCodeErrorCode.SendLimit, { retryAfterSeconds: record.timeToBlockExpire });
    }
  }

  private codeHash(id: string, code: string): string {
    return createHmac('sha256', this.hashKey).update(`sms-code:${id}:${code}`).digest('hex');
  }

  private matches(row: PhoneCode, code: string): boolean {
    const given = Buffer.from(this.codeHash(row.id, code), 'hex');
    return timingSafeEqual(given, Buffer.from(row.codeHash, 'hex'));
  }
}
