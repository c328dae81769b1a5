import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JoinChannelPublic } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { RateLimit } from '../../rate-limit/rate-limit.presets';
import { ChannelEventDto } from '../dto/channel-event.dto';
import { ChannelsService } from './channels.service';
import { ParseChannelCodePipe } from './parse-channel-code.pipe';

/** What anyone who scanned a code may do: read the channel and report that he scanned or started. */
@ApiTags('join')
@Controller('join/codes')
export class JoinCodesController {
  constructor(private readonly channels: ChannelsService) {}

  @Get(':code')
  @Access.public()
  @ApiOperation({ summary: '扫码后看到的入会渠道：工会、是否审核、有效期' })
  get(@Param('code', ParseChannelCodePipe) code: string): Promise<JoinChannelPublic> {
    return this.channels.getPublic(code);
  }

  @Post(':code/events')
  @HttpCode(204)
  @RateLimit.join()
  @Access.public()
  @ApiOperation({ summary: '记录一次扫码或开始填表（用于统计）' })
  recordEvent(@Param('code', ParseChannelCodePipe) code: string, @Body() body: ChannelEventDto): Promise<void> {
    return this.channels.recordEvent(code, body);
  }
}
