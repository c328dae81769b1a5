import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ClaimDetail } from '@unionhub/shared';
import type { FastifyReply } from 'fastify';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { BodyLimit } from '../../../common/body-limit.decorator';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { MAX_DOCUMENT_BYTES, maxBase64Length } from '../../files/files.service';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator';
import { MemberNoteDto } from '../dto/claim-decision.dto';
import { CreateClaimDto } from '../dto/create-claim.dto';
import { UploadDocumentDto } from '../dto/upload-document.dto';
import { ClaimsService } from './claims.service';

const KEY_HEADER = { name: 'Idempotency-Key', required: true, description: '客户端生成并随表单保存；重试时原样发送，返回第一次的结果' };

/** The member's claims. */
@ApiTags('aid')
@ApiBearerAuth()
@Controller('me/claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post()
  @Access.signedIn()
  @ApiHeader(KEY_HEADER)
  @ApiOperation({ summary: '新建理赔申请（草稿）' })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateClaimDto, @IdempotencyKey() key: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ClaimDetail> {
    const result = await this.claims.create(actor, body, key);
    void reply.status(result.status).header('Idempotent-Replayed', String(result.replayed));
    return result.body;
  }

  @Get()
  @Access.signedIn()
  @ApiOperation({ summary: '我的理赔申请' })
  mine(@CurrentActor() actor: Actor): Promise<ClaimDetail[]> {
    return this.claims.mine(actor);
  }

  @Get(':id')
  @Access.signedIn()
  @ApiOperation({ summary: '理赔申请详情与进度' })
  detail(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<ClaimDetail> {
    return this.claims.detailOf(actor, id);
  }

  @Post(':id/documents')
  @BodyLimit(maxBase64Length(MAX_DOCUMENT_BYTES) + 1024)
  @Access.signedIn()
  @ApiOperation({ summary: '上传一份材料（JPG/PNG/PDF，base64，最大 10 MB）' })
  upload(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: UploadDocumentDto): Promise<ClaimDetail> {
    return this.claims.upload(actor, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Access.signedIn()
  @ApiHeader(KEY_HEADER)
  @ApiOperation({ summary: '提交：检查保障期、等待期、时限、年度额度、材料和发票' })
  async submit(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @IdempotencyKey() key: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ClaimDetail> {
    const result = await this.claims.submit(actor, id, key);
    void reply.header('Idempotent-Replayed', String(result.replayed));
    return result.body;
  }

  @Post(':id/resubmit')
  @HttpCode(200)
  @Access.signedIn()
  @ApiOperation({ summary: '补充材料后重新提交' })
  resubmit(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: MemberNoteDto): Promise<ClaimDetail> {
    return this.claims.resubmit(actor, id, body.note);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Access.signedIn()
  @ApiOperation({ summary: '撤回（审核决定前）' })
  withdraw(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: MemberNoteDto): Promise<ClaimDetail> {
    return this.claims.withdraw(actor, id, body.note);
  }
}
