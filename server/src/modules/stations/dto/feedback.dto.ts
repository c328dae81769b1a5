import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateStationReportRequest, type RateStationRequest, ReportKind, type ResolveReportRequest } from '@unionhub/shared';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { maxBase64Length } from '../../files/files.service';
import { MAX_IMAGE_BYTES } from '../../files/image-policy';

export class RateStationDto implements RateStationRequest {
  @ApiProperty({ example: 5, description: '1 到 5 颗星' })
  @IsInt({ message: '请选择1到5颗星' })
  @Min(1, { message: '请选择1到5颗星' })
  @Max(5, { message: '请选择1到5颗星' })
  score: number;
}

export class CreateStationReportDto implements CreateStationReportRequest {
  @ApiProperty({ enum: Object.values(ReportKind) })
  @IsIn(Object.values(ReportKind), { message: '请选择遇到的问题' })
  kind: ReportKind;

  @ApiPropertyOptional({ example: '晚上八点去的时候门锁着', description: '补充说明，200字以内' })
  @IsOptional()
  @IsString({ message: '补充说明应为文字' })
  @MaxLength(200, { message: '补充说明请在200字以内' })
  note?: string;

  @ApiPropertyOptional({ description: 'JPG 或 PNG 照片的 base64，解码后不超过 5 MB' })
  @IsOptional()
  @IsString({ message: '照片没有传完整，请重新选择' })
  @MaxLength(maxBase64Length(MAX_IMAGE_BYTES), { message: '照片太大了，请换一张小一点的' })
  photo?: string;
}

export class ResolveReportDto implements ResolveReportRequest {
  @ApiProperty({ example: '已联系站点，恢复开放', description: '处理结果，2到200字' })
  @IsString({ message: '请写明处理结果' })
  @Length(2, 200, { message: '处理结果应为2到200字' })
  note: string;
}

export class UnitScopeQueryDto {
  @ApiPropertyOptional({ description: '管辖范围内的组织；默认本人所在组织' })
  @IsOptional()
  @IsUUID('all', { message: '组织编号格式不对，请刷新后再试' })
  unitId?: string;
}
