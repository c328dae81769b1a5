import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuditPage, Role } from '@unionhub/shared';
import { Access } from '../../common/access.decorator';
import { type Actor, CurrentActor } from '../../common/actor';
import { AuditLogService } from './audit-log.service';
import { ListAuditDto } from './dto/list-audit.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @Access.roles(Role.Admin)
  @ApiOperation({ summary: '操作日志（按操作人、操作、单位、时间筛选；日志至少保留180天，不提供删除）' })
  list(@CurrentActor() actor: Actor, @Query() query: ListAuditDto): Promise<AuditPage> {
    return this.log.list(actor, query);
  }
}
