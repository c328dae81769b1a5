import { ApiProperty } from '@nestjs/swagger';
import type { SubscribeRequest } from '@unionhub/shared';
import { Matches } from 'class-validator';

export class SubscribeDto implements SubscribeRequest {
  @ApiProperty({ description: 'wx.requestSubscribeMessage 同意的模板 id' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: '订阅的通知模板不正确，请更新小程序后再试' })
  templateId: string;
}
