import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OrgKind, OrgLevel } from '@unionhub/shared';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export class CreateOrgUnitDto {
  @ApiProperty({ example: 'BJ-DX-PGZ-XX', description: '组织代码：大写字母、数字和短横线' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: '组织代码只能用大写字母、数字和短横线，2到32位' })
  code: string;

  @ApiProperty({ example: '庞各庄镇某某快递网点工会' })
  @IsString({ message: '请填写组织名称' })
  @Length(2, 100, { message: '组织名称应为2到100个字' })
  name: string;

  @ApiProperty({ enum: Object.values(OrgLevel) })
  @IsIn(Object.values(OrgLevel), { message: '请选择组织级别' })
  level: OrgLevel;

  @ApiProperty({ enum: Object.values(OrgKind) })
  @IsIn(Object.values(OrgKind), { message: '请选择组织类型' })
  kind: OrgKind;

  @ApiPropertyOptional({ example: '110115', description: '行政区划代码（GB/T 2260）' })
  @IsOptional()
  @Matches(/^\d{6}(\d{3}|\d{6})?$/, { message: '行政区划代码应为6、9或12位数字' })
  regionCode?: string;
}
