import { ApiProperty } from '@nestjs/swagger';
import type { WechatLoginRequest } from '@unionhub/shared';
import { IsString, Length, Matches } from 'class-validator';

export class WechatLoginDto implements WechatLoginRequest {
  @ApiProperty({ description: 'wx.login 返回的临时登录凭证 code' })
  @IsString({ message: '登录凭证缺失，请重新打开小程序' })
  @Length(1, 128, { message: '登录凭证格式不正确，请重新打开小程序' })
  @Matches(/^[\x21-\x7e]+$/, { message: '登录凭证格式不正确，请重新打开小程序' })
  code: string;
}
