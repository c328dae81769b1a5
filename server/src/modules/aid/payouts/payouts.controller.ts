import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type PayoutImportResult, type PayoutOverview, Role } from '@unionhub/shared';
import type { FastifyReply } from 'fastify';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { BodyLimit } from '../../../common/body-limit.decorator';
import { sendAsAttachment } from '../../../common/file-answer';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { maxBase64Length } from '../../files/files.service';
import { ExportBatchDto, ImportResultDto, ListBatchesDto } from '../dto/payout.dto';
import { PayoutsService } from './payouts.service';

@ApiTags('aid')
@ApiBearerAuth()
@Controller('aid/payout-batches')
export class PayoutsController {
  constructor(private readonly payouts: PayoutsService) {}

  @Get()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '待打款的申请数和金额，以及管辖范围内的付款批次（新的在前）' })
  overview(@CurrentActor() actor: Actor, @Query() query: ListBatchesDto): Promise<PayoutOverview> {
    return this.payouts.overview(actor, query.offset, query.limit);
  }

  @Post()
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '生成付款文件：管辖范围内审核通过的申请转为“打款中”（记入审计）；批次号在 X-Payout-Batch-Id' })
  async export(@CurrentActor() actor: Actor, @Body() body: ExportBatchDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const file = await this.payouts.export(actor, body.format);
    void reply.header('X-Payout-Batch-Id', file.batchId);
    sendAsAttachment(reply, { contentType: file.contentType, fileName: file.fileName, asciiFallback: `payment.${file.fileName.split('.').pop()}` });
    return new StreamableFile(file.bytes, { length: file.bytes.length });
  }

  @Post(':id/result')
  @HttpCode(200)
  @BodyLimit(maxBase64Length(5 * 1024 * 1024) + 1024)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '导入银行回盘：成功的标记已赔付，失败的退回待打款（记入审计）' })
  importResult(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: ImportResultDto): Promise<PayoutImportResult> {
    return this.payouts.importResult(actor, id, body.content);
  }
}
