import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ErrorResponseFilter } from './common/error-response.filter';
import { createValidationPipe } from './common/validation.pipe';
import { appConfig, databaseConfig, identityConfig, joinConfig, limitsConfig, personalDataConfig, wechatConfig } from './config';
import { DatabaseModule } from './database/database.module';
import { AidModule } from './modules/aid/aid.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { ExportsModule } from './modules/exports/exports.module';
import { HealthModule } from './modules/health/health.module';
import { IdentityModule } from './modules/identity/identity.module';
import { JoinModule } from './modules/join/join.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrgsModule } from './modules/orgs/orgs.module';
import { RateLimitModule } from './modules/rate-limit/rate-limit.module';
import { StationsModule } from './modules/stations/stations.module';
import { SyncModule } from './modules/sync/sync.module';

@Module({})
export class AppModule {
  /** Built at boot, after the settings are read, because they decide which routes exist. */
  static forRoot(): DynamicModule {
    const settings = appConfig();
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [appConfig, databaseConfig, limitsConfig, wechatConfig, personalDataConfig, joinConfig, identityConfig] }),
        DatabaseModule,
        AuditModule,
        OrgsModule,
        AuthModule.register({ devLogin: settings.devLogin }),
        RateLimitModule,
        IdentityModule,
        StationsModule,
        NotificationsModule,
        JoinModule,
        AidModule,
        SyncModule,
        DashboardModule,
        ExportsModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ErrorResponseFilter },
      ],
    };
  }
}
