import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChangeEvent } from './change-event.entity';
import { ChangeFeedRepository } from './change-feed.repository';
import { ChangeFeedService } from './change-feed.service';
import { ChangeSequence } from './change-sequence.entity';

/** Small on purpose: every writing domain imports it to record its changes. */
@Module({
  imports: [TypeOrmModule.forFeature([ChangeEvent, ChangeSequence])],
  providers: [ChangeFeedRepository, ChangeFeedService],
  exports: [ChangeFeedService],
})
export class ChangeFeedModule {}
