import { ApiProperty } from '@nestjs/swagger';
import type { RefreshRequest } from '@unionhub/shared';
import { IsString, Matches } from 'class-validator';

export class RefreshDto implements RefreshRequest {
  @ApiProperty({ description: '登录或上次刷新时得到的 refreshToken（只能用一次）' })
  @IsString({ message: '登录已失效，请重新登录' })
  @Matches(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/, { message: '登录已失效，请重新登录' })
  refreshToken: string;
}
