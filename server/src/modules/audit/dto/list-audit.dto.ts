import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageLimit, PageOffset } from '../../../common/page-query.decorators';

export class ListAuditDto {
  @ApiPropertyOptional({ description: '操作人（用户或接口客户端）id' })
  @IsOptional()
  @IsUUID('all', { message: '操作人 id 格式不对，请从日志里复制' })
  actorId?: string;

  @ApiPropertyOptional({ example: 'join.transfer', description: '操作名称，按前缀匹配，如 join.transfer' })
  @IsOptional()
  @IsString({ message: '操作名称应为文字' })
  @MaxLength(64, { message: '操作名称最多64个字符' })
  action?: string;

  @ApiPropertyOptional({ description: '工会单位 id，含其下级单位' })
  @IsOptional()
  @IsUUID('all', { message: '请选择要查看的工会单位' })
  unitId?: string;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00+08:00', description: '起始时间（含）' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '起始时间格式不对，例：2026-11-01T00:00:00+08:00' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30T23:59:59+08:00', description: '截止时间（含）' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '截止时间格式不对，例：2026-11-30T23:59:59+08:00' })
  to?: string;

  @PageOffset(10_000, '翻得太远了，请缩小时间范围再查')
  offset = 0;

  @PageLimit(200, 50)
  limit = 50;
}
