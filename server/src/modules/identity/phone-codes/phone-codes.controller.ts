import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SendSmsCodeResponse } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { RateLimit } from '../../rate-limit/rate-limit.presets';
import { PhoneCodesService } from './phone-codes.service';
import { SendSmsCodeDto } from './send-sms-code.dto';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/phone')
export class PhoneCodesController {
  constructor(private readonly codes: PhoneCodesService) {}

  @Post('sms-code')
  @HttpCode(200)
  @RateLimit.login()
  @Access.signedIn()
  @ApiOperation({ summary: '发送短信验证码（H5 入会验证手机号）：6 位，5 分钟内有效，只能用一次；同一手机号 1 分钟 1 条，每天有上限' })
  send(@CurrentActor() actor: Actor, @Body() body: SendSmsCodeDto): Promise<SendSmsCodeResponse> {
    return this.codes.send(actor, body.phone);
  }
}
