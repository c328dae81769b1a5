import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class DashboardQueryDto {
  @ApiPropertyOptional({ example: 30, description: '统计最近多少天（1 到 366）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '天数应为整数' })
  @Min(1, { message: '至少统计1天' })
  @Max(366, { message: '最多统计366天' })
  days = 30;
}
