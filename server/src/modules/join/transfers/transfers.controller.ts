import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, type TransferSummary } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { ListTransfersDto } from '../dto/list-transfers.dto';
import { RefuseTransferDto } from '../dto/refuse-transfer.dto';
import { StartTransferDto } from '../dto/start-transfer.dto';
import { TransferRequestsService } from './transfer-requests.service';
import { TransfersService } from './transfers.service';

@ApiTags('join')
@ApiBearerAuth()
@Controller('join/transfers')
export class TransfersController {
  constructor(
    private readonly transfers: TransfersService,
    private readonly requests: TransferRequestsService,
  ) {}

  @Get()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '组织关系转接：待转出、待接收或全部' })
  list(@CurrentActor() actor: Actor, @Query() query: ListTransfersDto): Promise<TransferSummary[]> {
    return this.transfers.list(actor, query.queue);
  }

  @Post()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '为会员发起转接（按会员号；转出方发起即视为已同意转出，转入方发起即视为已同意接收）' })
  start(@CurrentActor() actor: Actor, @Body() body: StartTransferDto): Promise<TransferSummary> {
    return this.requests.startForMember(actor, body);
  }

  @Post(':id/release')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '转出单位同意转出' })
  release(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<TransferSummary> {
    return this.transfers.release(actor, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '转入单位接收；会籍连同会员号和入会日期一并转入' })
  accept(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<TransferSummary> {
    return this.transfers.accept(actor, id);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '当前办理方不同意转接，须说明原因' })
  refuse(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: RefuseTransferDto): Promise<TransferSummary> {
    return this.transfers.refuse(actor, id, body.reason);
  }
}
