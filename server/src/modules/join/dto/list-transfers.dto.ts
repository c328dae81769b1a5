import { ApiPropertyOptional } from '@nestjs/swagger';
import type { TransferQueue } from '@unionhub/shared';
import { IsIn, IsOptional } from 'class-validator';

export class ListTransfersDto {
  @ApiPropertyOptional({ enum: ['out', 'in', 'all'], default: 'all', description: 'out 待我方转出，in 待我方接收，all 全部' })
  @IsOptional()
  @IsIn(['out', 'in', 'all'], { message: '列表只能是 out、in 或 all' })
  queue: TransferQueue = 'all';
}
