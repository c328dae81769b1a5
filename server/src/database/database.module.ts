import { Global, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AllConfig } from '../config';
import { buildDataSourceOptions } from './data-source-options';
import { openDataSource } from './open-data-source';
import { DatabaseFileLockedError } from './sqljs/file-lock';
import { seedDemoData } from './seed/demo-seed';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => ({
        ...buildDataSourceOptions(config.get('database', { infer: true })),
        // Another server holding the embedded file will not let go by waiting: refuse at once.
        toRetry: (error: unknown) => !(error instanceof DatabaseFileLockedError),
      }),
      dataSourceFactory: (options) => openDataSource(options as DataSourceOptions),
    }),
  ],
  providers: [TransactionRunner],
  exports: [TransactionRunner],
})
export class DatabaseModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  /** The embedded database starts with the demo unions, officers and members unless told not to. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('database.seedDemo', { infer: true })) return;
    const seeded = await seedDemoData(this.dataSource);
    if (seeded) this.logger.log({ msg: 'demo data written', ...seeded });
  }
}
