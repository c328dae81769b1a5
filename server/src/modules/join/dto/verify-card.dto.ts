import { ApiProperty } from '@nestjs/swagger';
import type { VerifyCardRequest } from '@unionhub/shared';
import { IsString, Length } from 'class-validator';

export class VerifyCardDto implements VerifyCardRequest {
  @ApiProperty({ description: '会员卡二维码中的内容' })
  @IsString({ message: '请扫描或粘贴会员卡二维码的内容' })
  @Length(1, 300, { message: '会员卡二维码的内容不对，请重新扫描' })
  token: string;
}
