import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonalDataModule } from '../../common/personal-data/personal-data.module';
import { syncConfig } from '../../config/sync.config';
import { AuditModule } from '../audit/audit.module';
import { ChangeFeedModule } from './changes/change-feed.module';
import { ChangesService } from './changes/changes.service';
import { ApiClientsController } from './clients/api-clients.controller';
import { ApiClientsModule } from './clients/api-clients.module';
import { SyncController } from './sync.controller';
import { WebhookDelivery } from './webhooks/webhook-delivery.entity';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { WebhookSubscription } from './webhooks/webhook-subscription.entity';
import { WebhookTargetGuard } from './webhooks/webhook-target-guard';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksRepository } from './webhooks/webhooks.repository';
import { WebhooksService } from './webhooks/webhooks.service';

/** Officer tools' access: API clients, the change feed they read and the webhooks they receive. */
@Module({
  imports: [ConfigModule.forFeature(syncConfig), TypeOrmModule.forFeature([WebhookSubscription, WebhookDelivery]), ApiClientsModule, ChangeFeedModule, PersonalDataModule, AuditModule],
  controllers: [ApiClientsController, SyncController, WebhooksController],
  providers: [ChangesService, WebhooksRepository, WebhooksService, WebhookDispatcher, WebhookTargetGuard],
})
export class SyncModule {}
