import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, type TransferSummary } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { TransfersService } from './transfers.service';

@ApiTags('join')
@ApiBearerAuth()
@Controller('join/transfers')
export class TransfersController {
  constructor(private readonly transfers: TransfersService) {}

  @Get()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '转入或转出管辖范围的组织关系转接申请（办理功能后续提供）' })
  list(@CurrentActor() actor: Actor): Promise<TransferSummary[]> {
    return this.transfers.list(actor);
  }
}
