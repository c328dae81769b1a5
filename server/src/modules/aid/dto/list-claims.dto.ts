import { ApiPropertyOptional } from '@nestjs/swagger';
import { ClaimStatus } from '@unionhub/shared';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageLimit, PageOffset } from '../../../common/page-query.decorators';

export class ListClaimsDto {
  @ApiPropertyOptional({ enum: Object.values(ClaimStatus), description: '默认：待处理（已提交、已补充、审核中）' })
  @IsOptional()
  @IsIn(Object.values(ClaimStatus), { message: '状态不对' })
  status?: ClaimStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: '保障项目不对' })
  planId?: string;

  @PageOffset()
  offset: number = 0;

  @PageLimit(100)
  limit: number = 20;
}
