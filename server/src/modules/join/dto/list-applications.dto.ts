import { ApiPropertyOptional } from '@nestjs/swagger';
import { ApplicationStatus } from '@unionhub/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class ListApplicationsDto {
  @ApiPropertyOptional({ enum: Object.values(ApplicationStatus), default: ApplicationStatus.Pending })
  @IsOptional()
  @IsIn(Object.values(ApplicationStatus), { message: '状态不对' })
  status: ApplicationStatus = ApplicationStatus.Pending;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset 应为整数' })
  @Min(0, { message: 'offset 不能小于0' })
  offset = 0;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit 应为整数' })
  @Min(1, { message: 'limit 至少为1' })
  @Max(100, { message: 'limit 最多为100' })
  limit = 20;
}
