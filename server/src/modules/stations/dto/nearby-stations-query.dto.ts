import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FACILITIES, type Facility, type NearbyStationsQuery } from '@unionhub/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { PageLimit, PageOffset } from '../../../common/page-query.decorators';
import { MAX_NEARBY_OFFSET } from '../stations.service';
import { CommaList, QueryBoolean } from './query-transforms';

const POSITION = '位置信息有误，请重新定位或改用按区域查找';

export class NearbyStationsQueryDto implements NearbyStationsQuery {
  @ApiProperty({ example: 39.7267, description: '纬度（GCJ-02）' })
  @Type(() => Number)
  @IsNumber({}, { message: POSITION })
  @Min(-90, { message: POSITION })
  @Max(90, { message: POSITION })
  lat: number;

  @ApiProperty({ example: 116.3414, description: '经度（GCJ-02）' })
  @Type(() => Number)
  @IsNumber({}, { message: POSITION })
  @Min(-180, { message: POSITION })
  @Max(180, { message: POSITION })
  lng: number;

  @ApiPropertyOptional({ example: 5000, description: '最远找多远（米），100 到 50000，默认 50000；按距离由近到远返回最近的 limit 个' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '搜索范围应为整数米' })
  @Min(100, { message: '搜索范围最小100米' })
  @Max(50_000, { message: '搜索范围最大50公里' })
  radius?: number;

  @ApiPropertyOptional({ example: 'water,charging', description: `只要同时具备这些设施的驿站：${FACILITIES.join(', ')}` })
  @IsOptional()
  @CommaList()
  @IsArray({ message: '设施筛选格式不对' })
  @ArrayMaxSize(FACILITIES.length, { message: '设施筛选太多了' })
  @IsIn(FACILITIES, { each: true, message: '设施筛选里有不认识的设施' })
  facilities?: Facility[];

  @ApiPropertyOptional({ description: '只看现在开放的' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: '“开放中”筛选应为 true 或 false' })
  openNow?: boolean;

  @PageLimit(50)
  limit?: number;

  @PageOffset(MAX_NEARBY_OFFSET)
  offset?: number;
}
