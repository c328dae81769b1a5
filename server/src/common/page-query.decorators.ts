import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `limit` of a paged list query: an optional whole number from 1 to `max`. */
export const PageLimit = (max: number, example = 20): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ example, description: `每页条数，1 到 ${max}` }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: '每页条数应为整数' }),
    Min(1, { message: '每页至少1条' }),
    Max(max, { message: `每页最多${max}条` }),
  );

/** `offset` of a paged list query; `max` keeps deep paging (a full scan) out of public lists. */
export const PageOffset = (max?: number, tooFar = '翻得太远了，请缩小范围再找'): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ example: 0 }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: '翻页位置应为整数' }),
    Min(0, { message: '翻页位置不能为负' }),
    ...(max === undefined ? [] : [Max(max, { message: tooFar })]),
  );
