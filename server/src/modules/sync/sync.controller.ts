import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ChangesPage } from '@unionhub/shared';
import { Access } from '../../common/access.decorator';
import { type ClientActor, CurrentClient } from '../../common/client-actor';
import { ChangesService } from './changes/changes.service';
import { ChangesQueryDto } from './dto/changes-query.dto';

@ApiTags('sync')
@ApiBearerAuth()
@Controller('sync')
export class SyncController {
  constructor(private readonly changes: ChangesService) {}

  @Get('changes')
  @Access.client()
  @ApiOperation({ summary: '按提交顺序读取管辖范围内的变更（接口客户端）' })
  listChanges(@CurrentClient() client: ClientActor, @Query() query: ChangesQueryDto): Promise<ChangesPage> {
    return this.changes.page(client, query);
  }
}
