import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonalDataModule } from '../../common/personal-data/personal-data.module';
import { AidModule } from '../aid/aid.module';
import { AuditModule } from '../audit/audit.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrgsModule } from '../orgs/orgs.module';
import { ChangeFeedModule } from '../sync/changes/change-feed.module';
import { ApplicationViews } from './applications/application-views';
import { ApplicationsController } from './applications/applications.controller';
import { ApplicationsRepository } from './applications/applications.repository';
import { ApplicationsService } from './applications/applications.service';
import { ClaimAttemptsController } from './claim-attempts/claim-attempts.controller';
import { ClaimAttemptsRepository } from './claim-attempts/claim-attempts.repository';
import { ClaimAttemptsService } from './claim-attempts/claim-attempts.service';
import { JoinClaimAttempt } from './claim-attempts/join-claim-attempt.entity';
import { JoinApplication } from './applications/join-application.entity';
import { JoinPreparationService } from './applications/join-preparation.service';
import { ReviewController } from './applications/review.controller';
import { ReviewService } from './applications/review.service';
import { ChannelImagesService } from './channels/channel-images.service';
import { ChannelsController } from './channels/channels.controller';
import { ChannelsRepository } from './channels/channels.repository';
import { ChannelsService } from './channels/channels.service';
import { JoinChannelDay } from './channels/join-channel-day.entity';
import { JoinChannelImage } from './channels/join-channel-image.entity';
import { JoinChannel } from './channels/join-channel.entity';
import { JoinCodesController } from './channels/join-codes.controller';
import { JoinChanges } from './join-changes';
import { MemberNumberCounter } from './members/member-number-counter.entity';
import { Member } from './members/member.entity';
import { MembersController } from './members/members.controller';
import { MembersRepository } from './members/members.repository';
import { MembersService } from './members/members.service';
import { SyncMembersController } from './members/sync-members.controller';
import { SyncMembersService } from './members/sync-members.service';
import { RosterImportController } from './roster-import/roster-import.controller';
import { RosterImportService } from './roster-import/roster-import.service';
import { MyTransfersController } from './transfers/my-transfers.controller';
import { TransferNotices } from './transfers/transfer-notices';
import { TransferRequestsService } from './transfers/transfer-requests.service';
import { Transfer } from './transfers/transfer.entity';
import { TransfersController } from './transfers/transfers.controller';
import { TransfersRepository } from './transfers/transfers.repository';
import { TransfersService } from './transfers/transfers.service';

/** Scan-to-join: channels and their codes, applications and review, memberships and cards, transfers. */
@Module({
  imports: [
    TypeOrmModule.forFeature([JoinChannel, JoinChannelDay, JoinChannelImage, JoinApplication, JoinClaimAttempt, Member, MemberNumberCounter, Transfer]),
    AuditModule,
    OrgsModule,
    PersonalDataModule,
    IdempotencyModule,
    NotificationsModule,
    ChangeFeedModule,
    AidModule,
  ],
  controllers: [ChannelsController, JoinCodesController, ApplicationsController, ReviewController, MembersController, TransfersController, MyTransfersController, SyncMembersController, RosterImportController, ClaimAttemptsController],
  providers: [
    ClaimAttemptsRepository,
    ClaimAttemptsService,
    ChannelsRepository,
    ChannelsService,
    ChannelImagesService,
    ApplicationsRepository,
    ApplicationViews,
    JoinPreparationService,
    ApplicationsService,
    ReviewService,
    MembersRepository,
    MembersService,
    SyncMembersService,
    TransfersRepository,
    TransfersService,
    TransferRequestsService,
    TransferNotices,
    JoinChanges,
    RosterImportService,
  ],
  exports: [MembersService],
})
export class JoinModule {}
