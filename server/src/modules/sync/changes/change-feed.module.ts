import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { syncConfig } from '../../../config/sync.config';
import { ChangeEvent } from './change-event.entity';
import { ChangeFeedRepository } from './change-feed.repository';
import { ChangeFeedService } from './change-feed.service';
import { ChangeSequence } from './change-sequence.entity';
import { ChangeSequencer } from './change-sequencer';

/** Small on purpose: every writing domain imports it to record its changes. */
@Module({
  imports: [ConfigModule.forFeature(syncConfig), TypeOrmModule.forFeature([ChangeEvent, ChangeSequence])],
  providers: [ChangeFeedRepository, ChangeFeedService, ChangeSequencer],
  exports: [ChangeFeedService],
})
export class ChangeFeedModule {}
