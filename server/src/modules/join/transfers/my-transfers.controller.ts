import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TransferSummary } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { StartMyTransferDto } from '../dto/start-transfer.dto';
import { TransferRequestsService } from './transfer-requests.service';

/** The member's own transfers: ask to move, follow it, withdraw it before release. */
@ApiTags('join')
@ApiBearerAuth()
@Controller('me/transfers')
export class MyTransfersController {
  constructor(private readonly requests: TransferRequestsService) {}

  @Get()
  @Access.signedIn()
  @ApiOperation({ summary: '我的组织关系转接，最新的在前' })
  mine(@CurrentActor() actor: Actor): Promise<TransferSummary[]> {
    return this.requests.mine(actor);
  }

  @Get(':id')
  @Access.signedIn()
  @ApiOperation({ summary: '我的一条转接（别人的转接按不存在处理）' })
  one(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<TransferSummary> {
    return this.requests.oneOfMine(actor, id);
  }

  @Post()
  @Access.signedIn()
  @ApiOperation({ summary: '申请把会籍转到另一个基层工会或区新就业形态工会（同一时间只能有一条在办）' })
  start(@CurrentActor() actor: Actor, @Body() body: StartMyTransferDto): Promise<TransferSummary> {
    return this.requests.startMine(actor, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Access.signedIn()
  @ApiOperation({ summary: '转出单位同意之前撤回转接申请' })
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<TransferSummary> {
    return this.requests.cancelMine(actor, id);
  }
}
