import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ManagedStation, SyncPermission } from '@unionhub/shared';
import { Access } from '../../common/access.decorator';
import { type ClientActor, CurrentClient } from '../../common/client-actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { CreateStationDto, UpdateStationDto } from './dto/station-input.dto';
import { StationAdminService } from './station-admin.service';

/** Officer tools keep the stations of their subtree in step: the same rules as officers, audited as the client. */
@ApiTags('sync')
@ApiBearerAuth()
@Controller('sync/stations')
export class StationSyncController {
  constructor(private readonly admin: StationAdminService) {}

  @Post()
  @Access.client(SyncPermission.WriteStations)
  @ApiOperation({ summary: '新建驿站（需 stations:write；记入审计和变更）' })
  create(@CurrentClient() client: ClientActor, @Body() body: CreateStationDto): Promise<ManagedStation> {
    return this.admin.create(client, body);
  }

  @Patch(':id')
  @Access.client(SyncPermission.WriteStations)
  @ApiOperation({ summary: '修改驿站（需 stations:write；记入审计和变更）' })
  update(@CurrentClient() client: ClientActor, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateStationDto): Promise<ManagedStation> {
    return this.admin.update(client, id, body);
  }
}
