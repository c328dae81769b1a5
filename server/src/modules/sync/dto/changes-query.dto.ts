import { ApiPropertyOptional } from '@nestjs/swagger';
import { ChangeType } from '@unionhub/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageLimit } from '../../../common/page-query.decorators';

export class ChangesQueryDto {
  @ApiPropertyOptional({ description: '上次返回的 cursor；不填则从头读取' })
  @IsOptional()
  @IsString({ message: 'after 应为上次返回的 cursor' })
  @MaxLength(64, { message: 'after 应为上次返回的 cursor' })
  after?: string;

  @ApiPropertyOptional({ description: '逗号分隔的变更类型，如 member,station；不填则为客户端有权读取的全部类型', example: 'member,application' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsIn(Object.values(ChangeType), { each: true, message: 'types 中有不认识的类型，可选 member、application、transfer、station、enrollment、claim' })
  types?: ChangeType[];

  @PageLimit(500, 100)
  limit = 100;
}
