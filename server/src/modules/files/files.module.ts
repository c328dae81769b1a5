import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { type AllConfig, filesConfig } from '../../config';
import { FileReferences } from './file-references';
import { FileStorage } from './file-storage';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { LinkSigner } from './link-signer';
import { LocalDiskStorage } from './local-disk.storage';
import { OrphanFileSweeper } from './orphan-file-sweeper';
import { S3Storage } from './s3.storage';

@Module({
  imports: [ConfigModule.forFeature(filesConfig)],
  controllers: [FilesController],
  providers: [
    FilesService,
    FileReferences,
    OrphanFileSweeper,
    {
      provide: FileStorage,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => {
        const files = config.get('files', { infer: true });
        return files.s3 ? new S3Storage(files.s3) : new LocalDiskStorage(files.dir);
      },
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
  exports: [FilesService, FileReferences],
})
export class FilesModule {}
