import { ApiPropertyOptional } from '@nestjs/swagger';
import { StationStatus } from '@unionhub/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
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

  @ApiPropertyOptional({ example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '每页条数应为整数' })
  @Min(1, { message: '每页至少1条' })
  @Max(100, { message: '每页最多100条' })
  limit?: number;

  @ApiPropertyOptional({ example: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '翻页位置应为整数' })
  @Min(0, { message: '翻页位置不能为负' })
  offset?: number;
}
