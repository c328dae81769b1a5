import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EXPORT_REASON_MAX_LENGTH, type JoinStatsExportQuery, type RosterExportQuery } from '@unionhub/shared';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { UnitScopeQueryDto } from '../../stations/dto/feedback.dto';
import { QueryBoolean } from '../../stations/dto/query-transforms';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class RosterExportQueryDto extends UnitScopeQueryDto implements RosterExportQuery {
  @ApiPropertyOptional({ description: 'true：导出完整身份证号和手机号（须写明用途，记入审计）' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: '请选择是否导出完整号码' })
  whole?: boolean;

  @ApiPropertyOptional({ example: '区总工会年度会员实名制核对', description: '导出完整号码的用途' })
  @IsOptional()
  @IsString({ message: '请写明导出用途' })
  @MaxLength(EXPORT_REASON_MAX_LENGTH, { message: `用途最多${EXPORT_REASON_MAX_LENGTH}个字，请简要填写` })
  reason?: string;
}

export class JoinStatsExportQueryDto extends UnitScopeQueryDto implements JoinStatsExportQuery {
  @ApiProperty({ example: '2026-11-01', description: '开始日期（含）' })
  @Matches(DAY, { message: '请选择开始日期' })
  from: string;

  @ApiProperty({ example: '2026-11-30', description: '结束日期（含）' })
  @Matches(DAY, { message: '请选择结束日期' })
  to: string;
}
