import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { idempotencyConfig } from '../../config/idempotency.config';
import { IdempotencyRecord } from './idempotency-record.entity';
import { IdempotencyRepository } from './idempotency.repository';
import { IdempotencyService } from './idempotency.service';
import { IdempotencySweeper } from './idempotency-sweeper';

@Module({
  imports: [ConfigModule.forFeature(idempotencyConfig), TypeOrmModule.forFeature([IdempotencyRecord])],
  providers: [IdempotencyRepository, IdempotencyService, IdempotencySweeper],
  exports: [IdempotencyService],
})
export class IdempotencyModule {}
