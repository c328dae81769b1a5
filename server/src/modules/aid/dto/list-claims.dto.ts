import { ApiPropertyOptional } from '@nestjs/swagger';
import { ClaimStatus } from '@unionhub/shared';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class ListClaimsDto {
  @ApiPropertyOptional({ enum: Object.values(ClaimStatus), description: '默认：待处理（已提交、已补充、审核中）' })
  @IsOptional()
  @IsIn(Object.values(ClaimStatus), { message: '状态不对' })
  status?: ClaimStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: '保障项目不对' })
  planId?: string;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @IsInt({ message: '分页参数不对' })
  @Min(0, { message: '分页参数不对' })
  offset: number = 0;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @IsInt({ message: '分页参数不对' })
  @Min(1, { message: '每页至少1条' })
  @Max(100, { message: '每页最多100条' })
  limit: number = 20;
}
