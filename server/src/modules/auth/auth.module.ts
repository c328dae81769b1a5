import { createSecretKey } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AllConfig } from '../../config';
import { AuditModule } from '../audit/audit.module';
import { OrgsModule } from '../orgs/orgs.module';
import { ApiClientsModule } from '../sync/clients/api-clients.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { DevLoginController } from './dev-login.controller';
import { RefreshToken } from './sessions/refresh-token.entity';
import { RefreshTokensRepository } from './sessions/refresh-tokens.repository';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsService } from './sessions/sessions.service';
import { User } from './user.entity';
import { UsersRepository } from './users.repository';
import { createWechatClient } from './wechat/wechat-client.factory';
import { WechatClient } from './wechat/wechat-client';

@Module({})
export class AuthModule {
  /**
   * `devLogin` decides at boot whether the demo sign-in route exists at all. Global, so that any
   * domain can reach the WechatClient port and AuthService without registering the module again.
   */
  static register(options: { devLogin: boolean }): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [
        TypeOrmModule.forFeature([User, RefreshToken]),
        OrgsModule,
        AuditModule,
        ApiClientsModule,
        JwtModule.registerAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<AllConfig, true>) => ({
            // A key object made once: given a string, the JWT library tries to parse it as a PEM key on
            // every sign and verify (and fails) before using it as a secret — a measurable cost per request.
            secret: createSecretKey(Buffer.from(config.get('app.jwtSecret', { infer: true }), 'utf8')),
            signOptions: { algorithm: 'HS256' },
            verifyOptions: { algorithms: ['HS256'] },
          }),
        }),
      ],
      controllers: options.devLogin ? [AuthController, SessionsController, DevLoginController] : [AuthController, SessionsController],
      providers: [
        UsersRepository,
        RefreshTokensRepository,
        SessionsService,
        AuthService,
        {
          provide: WechatClient,
          inject: [ConfigService],
          useFactory: (config: ConfigService<AllConfig, true>) => createWechatClient(config.get('wechat', { infer: true })),
        },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AuthService, WechatClient],
    };
  }
}
