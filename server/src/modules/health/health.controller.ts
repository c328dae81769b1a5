import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@unionhub/shared';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Access } from '../../common/access.decorator';
import type { AllConfig } from '../../config';
import { StationIndexService } from '../stations/nearest/station-index.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AllConfig, true>,
    private readonly stationIndex: StationIndexService,
  ) {}

  @Get()
  @Access.public()
  @ApiOperation({ summary: '健康检查：服务与数据库是否可用' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const database = await this.dataSource.query('SELECT 1').then(() => 'up' as const, () => 'down' as const);
    if (database === 'down') void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    const nearbyIndex = !this.stationIndex.enabled ? 'off' : this.stationIndex.ready ? 'ready' : 'loading';
    return { status: database === 'up' ? 'ok' : 'degraded', database, nearbyIndex, version: this.config.get('app.version', { infer: true }) };
  }
}
