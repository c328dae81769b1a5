import { ApiProperty } from '@nestjs/swagger';
import type { JoinChannelEventRequest } from '@unionhub/shared';
import { IsIn } from 'class-validator';

export class ChannelEventDto implements JoinChannelEventRequest {
  @ApiProperty({ enum: ['scan', 'start'], description: 'scan 打开了入会页，start 开始填表' })
  @IsIn(['scan', 'start'], { message: '事件类型不正确' })
  type: 'scan' | 'start';
}
