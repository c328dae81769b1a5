import { ApiPropertyOptional } from '@nestjs/swagger';
import { StationStatus } from '@unionhub/shared';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageLimit, PageOffset } from '../../../common/page-query.decorators';
import { UnitScopeQueryDto } from './feedback.dto';

export class ManagedListQueryDto extends UnitScopeQueryDto {
  @ApiPropertyOptional({ description: '名称或地址的一部分' })
  @IsOptional()
  @IsString({ message: '搜索内容应为文字' })
  @Length(1, 50, { message: '搜索内容请在50个字以内' })
  q?: string;

  @ApiPropertyOptional({ enum: Object.values(StationStatus) })
  @IsOptional()
  @IsIn(Object.values(StationStatus), { message: '状态不在可选范围内' })
  status?: StationStatus;

  @PageLimit(100, 50)
  limit?: number;

  @PageOffset()
  offset?: number;
}
