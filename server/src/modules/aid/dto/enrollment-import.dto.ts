import { ApiProperty } from '@nestjs/swagger';
import type { EnrollmentImportRequest, SyncEnrollmentRequest } from '@unionhub/shared';
import { IsOptional, IsString, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { maxBase64Length } from '../../files/files.service';
import { MAX_ENROLLMENT_IMPORT_BYTES } from '../enrollments/enrollment-import.service';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class EnrollmentImportDto implements EnrollmentImportRequest {
  @ApiProperty({ example: '2026年新就业形态保障名单.xlsx' })
  @IsString({ message: '请选择要导入的文件' })
  @Length(1, 200, { message: '文件名太长了，请改短后再试' })
  fileName: string;

  @ApiProperty({ description: 'CSV 或 XLSX 文件的 base64，不超过 2 MB；列：会员编号（或身份证号）、方案代码、起始日期、截止日期' })
  @IsString({ message: '请选择要导入的文件' })
  @MaxLength(maxBase64Length(MAX_ENROLLMENT_IMPORT_BYTES), { message: '文件太大了（最多2 MB），请分成几个文件导入' })
  file: string;
}

export class SyncEnrollmentDto implements SyncEnrollmentRequest {
  @ApiProperty({ required: false, example: 'BJ-DX-PGZ-2026-000042', description: '会员编号；与身份证号二选一' })
  @ValidateIf((dto: SyncEnrollmentDto) => dto.idNumber === undefined || dto.memberNumber !== undefined)
  @Matches(/^[A-Z0-9-]{6,48}$/, { message: '请填写正确的会员编号，或改填身份证号' })
  memberNumber?: string;

  @ApiProperty({ required: false, description: '身份证号；与会员编号二选一，不会出现在任何回应或日志里' })
  @IsOptional()
  @IsString({ message: '身份证号应为18位' })
  @Length(18, 18, { message: '身份证号应为18位' })
  idNumber?: string;

  @ApiProperty({ example: 'XJY-2026' })
  @Matches(/^[A-Z0-9-]{2,32}$/, { message: '方案代码不对，请核对，如 XJY-2026' })
  planCode: string;

  @ApiProperty({ example: '2026-01-01' })
  @Matches(DATE, { message: '起始日期应为 YYYY-MM-DD' })
  validFrom: string;

  @ApiProperty({ example: '2026-12-31' })
  @Matches(DATE, { message: '截止日期应为 YYYY-MM-DD' })
  validUntil: string;
}
