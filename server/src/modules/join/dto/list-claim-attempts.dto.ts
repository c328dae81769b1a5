import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class ListClaimAttemptsDto {
  @ApiPropertyOptional({ description: '工会单位 id，含其下级单位；不传为本单位' })
  @IsOptional()
  @IsUUID('all', { message: '请选择要查看的工会单位' })
  unitId?: string;
}
