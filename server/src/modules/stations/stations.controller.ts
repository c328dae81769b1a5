import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NearbyStationsResponse, StationDetail, StationSearchResponse } from '@unionhub/shared';
import { Access } from '../../common/access.decorator';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { NearbyStationsQueryDto } from './dto/nearby-stations-query.dto';
import { PositionQueryDto } from './dto/position-query.dto';
import { StationSearchQueryDto } from './dto/station-search-query.dto';
import { RateLimit } from '../rate-limit/rate-limit.presets';
import { StationsService } from './stations.service';

/** Finding a station never needs an account. */
@ApiTags('stations')
@Controller('stations')
export class StationsController {
  constructor(private readonly stations: StationsService) {}

  @Get('nearby')
  @Access.public()
  @RateLimit.search()
  @ApiOperation({ summary: '附近的驿站：按真实距离由近到远，含是否开放和下次开关门时间' })
  nearby(@Query() query: NearbyStationsQueryDto): Promise<NearbyStationsResponse> {
    return this.stations.nearby(query);
  }

  @Get('search')
  @Access.public()
  @RateLimit.search()
  @ApiOperation({ summary: '按名称、地址或区域查找驿站（不需要定位）' })
  search(@Query() query: StationSearchQueryDto): Promise<StationSearchResponse> {
    return this.stations.search(query);
  }

  @Get(':id')
  @Access.public()
  @ApiOperation({ summary: '驿站详情：每周开放时间、设施、照片、电话、核验日期和评分' })
  detail(@Param('id', ParseIdPipe) id: string, @Query() position: PositionQueryDto): Promise<StationDetail> {
    return this.stations.detail(id, position.lat !== undefined && position.lng !== undefined ? { lat: position.lat, lng: position.lng } : null);
  }
}
