import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { type AllConfig, filesConfig } from '../../config';
import { FileStorage } from './file-storage';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { LinkSigner } from './link-signer';
import { LocalDiskStorage } from './local-disk.storage';

@Module({
  imports: [ConfigModule.forFeature(filesConfig)],
  controllers: [FilesController],
  providers: [
    FilesService,
    {
      provide: FileStorage,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => new LocalDiskStorage(config.get('files.dir', { infer: true })),
    },
    {
      provide: LinkSigner,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => {
        const files = config.get('files', { infer: true });
        return new LinkSigner(files.signingSecret, files.linkTtlSeconds);
      },
    },
  ],
  exports: [FilesService],
})
export class FilesModule {}
