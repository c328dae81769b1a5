import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LoginResponse, SessionUser } from '@unionhub/shared';
import { Access } from '../../common/access.decorator';
import { RateLimit } from '../rate-limit/rate-limit.presets';
import { type Actor, CurrentActor } from '../../common/actor';
import { AuthService } from './auth.service';
import { WechatLoginDto } from './dto/wechat-login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('wechat')
  @HttpCode(200)
  @RateLimit.login()
  @Access.public()
  @ApiOperation({ summary: '微信登录：用 wx.login 的 code 换取本应用的令牌' })
  loginWithWechat(@Body() body: WechatLoginDto): Promise<LoginResponse> {
    return this.auth.loginWithWechat(body.code);
  }

  @Get('me')
  @Access.signedIn()
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前登录用户' })
  me(@CurrentActor() actor: Actor): Promise<SessionUser> {
    return this.auth.me(actor);
  }
}
