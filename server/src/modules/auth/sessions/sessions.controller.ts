import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type EndSessionsResponse, type LoginResponse, Role } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { RateLimit } from '../../rate-limit/rate-limit.presets';
import { RefreshDto } from '../dto/refresh.dto';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Post('refresh')
  @HttpCode(200)
  @RateLimit.login()
  @Access.public()
  @ApiOperation({ summary: '用 refreshToken 换新的令牌（refreshToken 只能用一次，重复使用会结束整个登录）' })
  refresh(@Body() body: RefreshDto): Promise<LoginResponse> {
    return this.sessions.refresh(body.refreshToken);
  }

  @Post('sign-out')
  @HttpCode(204)
  @RateLimit.login()
  @Access.public()
  @ApiOperation({ summary: '退出登录：结束这个 refreshToken 所在的登录' })
  signOut(@Body() body: RefreshDto): Promise<void> {
    return this.sessions.signOut(body.refreshToken);
  }

  @Delete('officers/:userId/sessions')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiBearerAuth()
  @ApiOperation({ summary: '结束一位工会干部的全部登录（管理员，或上级单位的干部）；15 分钟内完全生效' })
  endSessions(@CurrentActor() actor: Actor, @Param('userId', ParseIdPipe) userId: string): Promise<EndSessionsResponse> {
    return this.sessions.endSessionsOf(actor, userId);
  }
}
