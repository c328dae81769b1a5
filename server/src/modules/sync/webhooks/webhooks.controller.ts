import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WebhookDeliveryView, WebhookSubscriptionCreated, WebhookSubscriptionView } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type ClientActor, CurrentClient } from '../../../common/client-actor';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { CreateWebhookDto } from '../dto/create-webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('sync')
@ApiBearerAuth()
@Controller('sync/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @Access.client()
  @ApiOperation({ summary: '订阅变更推送；签名密钥只在此显示一次' })
  subscribe(@CurrentClient() client: ClientActor, @Body() body: CreateWebhookDto): Promise<WebhookSubscriptionCreated> {
    return this.webhooks.subscribe(client, body);
  }

  @Get()
  @Access.client()
  @ApiOperation({ summary: '本客户端的订阅' })
  list(@CurrentClient() client: ClientActor): Promise<WebhookSubscriptionView[]> {
    return this.webhooks.list(client);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access.client()
  @ApiOperation({ summary: '取消订阅；未送达的推送不再发送' })
  remove(@CurrentClient() client: ClientActor, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.webhooks.remove(client, id);
  }

  @Get(':id/deliveries')
  @Access.client()
  @ApiOperation({ summary: '订阅最近的推送记录（最新在前，最多100条）' })
  deliveries(@CurrentClient() client: ClientActor, @Param('id', ParseIdPipe) id: string): Promise<WebhookDeliveryView[]> {
    return this.webhooks.deliveries(client, id);
  }

  @Post('deliveries/:id/replay')
  @HttpCode(200)
  @Access.client()
  @ApiOperation({ summary: '重新推送一次' })
  replay(@CurrentClient() client: ClientActor, @Param('id', ParseIdPipe) id: string): Promise<WebhookDeliveryView> {
    return this.webhooks.replay(client, id);
  }
}
