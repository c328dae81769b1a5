import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LoginResponse } from '@unionhub/shared';
import { Access } from '../../common/access.decorator';
import { RateLimit } from '../rate-limit/rate-limit.presets';
import { AuthService } from './auth.service';
import { DevLoginDto } from './dto/dev-login.dto';

/** Registered only when dev login is on, which it never is in production. */
@ApiTags('auth')
@Controller('auth')
export class DevLoginController {
  constructor(private readonly auth: AuthService) {}

  @Post('dev-login')
  @HttpCode(200)
  @RateLimit.login()
  @Access.public()
  @ApiOperation({ summary: '开发环境：以演示会员、工会干部或管理员身份登录' })
  devLogin(@Body() body: DevLoginDto): Promise<LoginResponse> {
    return this.auth.devLogin(body.account);
  }
}
