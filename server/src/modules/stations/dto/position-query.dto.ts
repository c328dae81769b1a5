import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, Max, Min, ValidateIf } from 'class-validator';

const POSITION = '位置信息有误，请重新定位';

/** An optional position (GCJ-02) to measure the distance from; both or neither. */
export class PositionQueryDto {
  @ApiPropertyOptional({ example: 39.7267 })
  @ValidateIf((query: PositionQueryDto) => query.lat !== undefined || query.lng !== undefined)
  @Type(() => Number)
  @IsNumber({}, { message: POSITION })
  @Min(-90, { message: POSITION })
  @Max(90, { message: POSITION })
  lat?: number;

  @ApiPropertyOptional({ example: 116.3414 })
  @ValidateIf((query: PositionQueryDto) => query.lat !== undefined || query.lng !== undefined)
  @Type(() => Number)
  @IsNumber({}, { message: POSITION })
  @Min(-180, { message: POSITION })
  @Max(180, { message: POSITION })
  lng?: number;
}
