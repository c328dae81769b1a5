import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AllConfig } from '../../config';
import { PersonalDataCipher } from './personal-data-cipher';

@Module({
  providers: [
    {
      provide: PersonalDataCipher,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => new PersonalDataCipher(config.get('personalData', { infer: true })),
    },
  ],
  exports: [PersonalDataCipher],
})
export class PersonalDataModule {}
