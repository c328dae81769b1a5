import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { SubscribeGrant } from './subscribe-grant.entity';

/** Needs AuthService and WechatClient, which the (global) auth module provides. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, SubscribeGrant])],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
