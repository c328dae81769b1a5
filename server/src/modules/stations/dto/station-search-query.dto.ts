import { ApiPropertyOptional } from '@nestjs/swagger';
import type { StationSearchQuery } from '@unionhub/shared';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

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

  @ApiPropertyOptional({ example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '每页条数应为整数' })
  @Min(1, { message: '每页至少1条' })
  @Max(50, { message: '每页最多50条' })
  limit?: number;

  @ApiPropertyOptional({ example: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '翻页位置应为整数' })
  @Min(0, { message: '翻页位置不能为负' })
  @Max(5000, { message: '翻得太远了，请换个关键词' })
  offset?: number;
}
