import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Matches } from 'class-validator';

export class FileLinkQueryDto {
  @ApiProperty({ description: '链接到期时间（Unix 秒）' })
  @Type(() => Number)
  @IsInt({ message: '图片链接无效，请刷新页面后再看' })
  exp: number;

  @ApiProperty({ description: '链接签名' })
  @IsString({ message: '图片链接无效，请刷新页面后再看' })
  @Matches(/^[\w-]{43}$/, { message: '图片链接无效，请刷新页面后再看' })
  sig: string;
}
