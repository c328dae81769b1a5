import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RosterImportRequest } from '@unionhub/shared';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { maxBase64Length } from '../../files/files.service';
import { MAX_ROSTER_IMPORT_BYTES } from '../roster-import/roster-import.service';

export class RosterImportDto implements RosterImportRequest {
  @ApiProperty({ description: '会员所在的基层工会或区新就业形态工会（在您管辖范围内）' })
  @IsUUID('all', { message: '请选择会员所在的工会' })
  unitId: string;

  @ApiProperty({ example: '2026年会员花名册.xlsx' })
  @IsString({ message: '请选择要导入的文件' })
  @Length(1, 200, { message: '文件名太长了，请改短后再试' })
  fileName: string;

  @ApiProperty({ description: 'XLSX 或 CSV 文件的 base64，不超过 2 MB；列：姓名、身份证号、手机号、职业、工作单位、入会日期，可选 会员编号' })
  @IsString({ message: '请选择要导入的文件' })
  @MaxLength(maxBase64Length(MAX_ROSTER_IMPORT_BYTES), { message: '文件太大了（最多2 MB），请分成几个文件导入' })
  file: string;
}

export class RosterImportQueryDto {
  @ApiPropertyOptional({ description: 'true：只检查并预览，不写入' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun 只能是 true 或 false' })
  dryRun?: 'true' | 'false';
}
