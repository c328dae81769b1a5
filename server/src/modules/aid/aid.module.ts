import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonalDataModule } from '../../common/personal-data/personal-data.module';
import { aidConfig } from '../../config';
import { AuditModule } from '../audit/audit.module';
import { FilesModule } from '../files/files.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { Member } from '../join/members/member.entity';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrgsModule } from '../orgs/orgs.module';
import { ChangeFeedModule } from '../sync/changes/change-feed.module';
import { AidChanges } from './aid-changes';
import { ClaimDocument } from './claims/claim-document.entity';
import { ClaimEvent } from './claims/claim-event.entity';
import { ClaimFileReferences } from './claims/claim-file-references';
import { ClaimInvoice } from './claims/claim-invoice.entity';
import { ClaimProgressPush } from './claims/claim-progress-push';
import { ClaimTransitions } from './claims/claim-transitions';
import { ClaimViews } from './claims/claim-views';
import { Claim } from './claims/claim.entity';
import { ClaimsController } from './claims/claims.controller';
import { ClaimsRepository } from './claims/claims.repository';
import { ClaimsService } from './claims/claims.service';
import { AidEnrollment } from './enrollments/aid-enrollment.entity';
import { EnrollmentImportService } from './enrollments/enrollment-import.service';
import { EnrollmentsController } from './enrollments/enrollments.controller';
import { EnrollmentsRepository } from './enrollments/enrollments.repository';
import { EnrollmentsService } from './enrollments/enrollments.service';
import { AidPayeeCard } from './payee-card/aid-payee-card.entity';
import { PayeeCardController } from './payee-card/payee-card.controller';
import { PayeeCardsRepository } from './payee-card/payee-cards.repository';
import { PayeeCardsService } from './payee-card/payee-cards.service';
import { PayoutBatch } from './payouts/payout-batch.entity';
import { PayoutsController } from './payouts/payouts.controller';
import { PayoutsRepository } from './payouts/payouts.repository';
import { PayoutsService } from './payouts/payouts.service';
import { AidPlan } from './plans/aid-plan.entity';
import { PlansController } from './plans/plans.controller';
import { PlansRepository } from './plans/plans.repository';
import { PlansService } from './plans/plans.service';
import { ClaimReviewController } from './review/claim-review.controller';
import { ClaimReviewService } from './review/claim-review.service';

/** Mutual aid: plans, enrollments, claims with documents, their review and payment batches, the member's card on file. */
@Module({
  imports: [
    ConfigModule.forFeature(aidConfig),
    TypeOrmModule.forFeature([AidPlan, AidEnrollment, Claim, ClaimDocument, ClaimEvent, ClaimInvoice, PayoutBatch, Member, AidPayeeCard]),
    AuditModule,
    OrgsModule,
    PersonalDataModule,
    IdempotencyModule,
    NotificationsModule,
    FilesModule,
    ChangeFeedModule,
  ],
  controllers: [PlansController, EnrollmentsController, ClaimsController, ClaimReviewController, PayoutsController, PayeeCardController],
  providers: [AidChanges, PlansRepository, PlansService, EnrollmentsRepository, EnrollmentsService, EnrollmentImportService, ClaimsRepository, ClaimViews, ClaimTransitions, ClaimProgressPush, ClaimsService, ClaimFileReferences, ClaimReviewService, PayoutsRepository, PayoutsService, PayeeCardsRepository, PayeeCardsService],
  exports: [EnrollmentsService],
})
export class AidModule {}
