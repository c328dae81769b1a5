import { ApiPropertyOptional } from '@nestjs/swagger';
import type { StationSearchQuery } from '@unionhub/shared';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageLimit, PageOffset } from '../../../common/page-query.decorators';

export class StationSearchQueryDto implements StationSearchQuery {
  @ApiPropertyOptional({ example: '大兴', description: '名称、地址或区名的一部分' })
  @IsOptional()
  @IsString({ message: '搜索内容应为文字' })
  @Length(1, 50, { message: '搜索内容请在50个字以内' })
  q?: string;

  @ApiPropertyOptional({ example: '110115', description: '行政区划代码：区（6位）或街道（9位）' })
  @IsOptional()
  @Matches(/^\d{6}(\d{3})?$/, { message: '区域代码应为6位或9位数字' })
  district?: string;

  @PageLimit(50)
  limit?: number;

  @PageOffset(5000, '翻得太远了，请换个关键词')
  offset?: number;
}
