import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NotificationList, SubscribeTemplates } from '@unionhub/shared';
import { Access } from '../../common/access.decorator';
import { type Actor, CurrentActor } from '../../common/actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { SubscribeDto } from './dto/subscribe.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @Access.signedIn()
  @ApiOperation({ summary: '我的消息（最近 50 条）和未读数' })
  list(@CurrentActor() actor: Actor): Promise<NotificationList> {
    return this.notifications.list(actor);
  }

  @Post('notifications/:id/read')
  @HttpCode(204)
  @Access.signedIn()
  @ApiOperation({ summary: '标记一条消息为已读' })
  markRead(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.notifications.markRead(actor, id);
  }

  @Get('subscriptions/templates')
  @Access.signedIn()
  @ApiOperation({ summary: '可订阅的微信通知模板（未配置时为 null）' })
  templates(): SubscribeTemplates {
    return this.notifications.templates();
  }

  @Post('subscriptions')
  @HttpCode(204)
  @Access.signedIn()
  @ApiOperation({ summary: '记录一次 wx.requestSubscribeMessage 的同意（每条通知消耗一次）' })
  subscribe(@CurrentActor() actor: Actor, @Body() body: SubscribeDto): Promise<void> {
    return this.notifications.subscribe(actor, body.templateId);
  }
}
