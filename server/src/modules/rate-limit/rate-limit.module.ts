import { createHash } from 'node:crypto';
import { type ExecutionContext, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { RequestWithActor } from '../../common/actor';
import { commonMessage } from '../../common/common.errors';
import type { AllConfig } from '../../config';
import { RateLimitGuard } from './rate-limit.guard';
import { defaultLimits } from './rate-limit.presets';
import { RateLimitStorage } from './rate-limit.storage';

const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<RequestWithActor>();

@Module({ providers: [RateLimitStorage], exports: [RateLimitStorage] })
export class RateLimitStorageModule {}

/**
 * Limits per client address and per signed-in user, on every route, with 429 and Retry-After.
 * Import it after the auth module: its guard must run after the access guard has found the user.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [ConfigService, RateLimitStorage],
      useFactory: (config: ConfigService<AllConfig, true>, storage: RateLimitStorage) => {
        const prefix = config.get('limits.redisKeyPrefix', { infer: true });
        return {
          storage,
          errorMessage: commonMessage('RATE_LIMITED'),
          generateKey: (context, tracker, name) =>
            `${prefix}${name}:${createHash('sha256').update(`${context.getClass().name}.${context.getHandler().name}:${tracker}`).digest('base64url')}`,
          throttlers: [
            { name: 'ip', ...defaultLimits.ip, getTracker: (request) => (request as RequestWithActor).ip },
            {
              name: 'user',
              ...defaultLimits.user,
              skipIf: (context) => !requestOf(context).actor,
              getTracker: (request) => (request as RequestWithActor).actor?.userId ?? '',
            },
          ],
        };
      },
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitModule {}
