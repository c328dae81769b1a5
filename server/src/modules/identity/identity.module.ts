import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonalDataModule } from '../../common/personal-data/personal-data.module';
import type { AllConfig } from '../../config';
import { RateLimitStorageModule } from '../rate-limit/rate-limit.module';
import { IdentityCheck } from './identity-check/identity-check';
import { createIdentityCheck } from './identity-check/identity-check.factory';
import { PhoneCode } from './phone-codes/phone-code.entity';
import { PhoneCodesController } from './phone-codes/phone-codes.controller';
import { PhoneCodesService } from './phone-codes/phone-codes.service';
import { SmsClient } from './sms/sms-client';
import { createSmsClient } from './sms/sms-client.factory';

/** Proof of who someone is: SMS codes for phone numbers, the national-record check of ID numbers. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([PhoneCode]), RateLimitStorageModule, PersonalDataModule],
  controllers: [PhoneCodesController],
  providers: [
    PhoneCodesService,
    { provide: SmsClient, inject: [ConfigService], useFactory: (config: ConfigService<AllConfig, true>) => createSmsClient(config.get('identity.sms', { infer: true })) },
    {
      provide: IdentityCheck,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => createIdentityCheck(config.get('identity.identityCheck', { infer: true })),
    },
  ],
  exports: [PhoneCodesService, IdentityCheck, SmsClient],
})
export class IdentityModule {}
