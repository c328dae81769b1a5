import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateJoinChannelRequest, JoinChannelKind, ReviewMode } from '@unionhub/shared';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateChannelDto implements CreateJoinChannelRequest {
  @ApiProperty({ example: '瀛海镇首航超市职工沟通会' })
  @IsString({ message: '请填写入会码名称' })
  @Length(2, 40, { message: '入会码名称应为2到40个字' })
  title: string;

  @ApiProperty({ enum: Object.values(JoinChannelKind) })
  @IsIn(Object.values(JoinChannelKind), { message: '请选择入会码用在哪里' })
  kind: JoinChannelKind;

  @ApiProperty({ description: '入会职工所属的工会（须在本人管辖范围内）' })
  @IsUUID('all', { message: '请选择入会职工所属的工会' })
  unitId: string;

  @ApiProperty({ enum: Object.values(ReviewMode), description: 'auto 自动通过，review 由工会审核' })
  @IsIn(Object.values(ReviewMode), { message: '请选择自动通过还是人工审核' })
  reviewMode: ReviewMode;

  @ApiProperty({ example: '2026-11-29' })
  @Matches(DATE, { message: '开始日期格式应为 2026-11-29' })
  validFrom: string;

  @ApiProperty({ example: '2026-12-31' })
  @Matches(DATE, { message: '结束日期格式应为 2026-12-31' })
  validUntil: string;

  @ApiPropertyOptional({ example: '免费理发券' })
  @IsOptional()
  @IsString({ message: '入会礼品应为文字' })
  @Length(1, 60, { message: '入会礼品说明最多60个字' })
  welcomeGift?: string;
}
