import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JoinSubmitResponse, MyJoinApplication } from '@unionhub/shared';
import type { FastifyReply } from 'fastify';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator';
import { RateLimit } from '../../rate-limit/rate-limit.presets';
import { SubmitApplicationDto } from '../dto/submit-application.dto';
import { ApplicationsService } from './applications.service';

/** The worker's side of joining. */
@ApiTags('join')
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post('join/applications')
  @RateLimit.join()
  @Access.signedIn()
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '客户端生成并随表单保存的 UUID；重试时原样发送，返回第一次的结果' })
  @ApiOperation({ summary: '提交入会申请：201 新建（自动通过时直接发会员卡），200 返回已有的会员、待审核申请或转接申请' })
  async submit(
    @CurrentActor() actor: Actor,
    @Body() body: SubmitApplicationDto,
    @IdempotencyKey() key: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JoinSubmitResponse> {
    const result = await this.applications.submit(actor, body, key);
    void reply.status(result.status).header('Idempotent-Replayed', String(result.replayed));
    return result.body;
  }

  @Get('me/join-applications')
  @Access.signedIn()
  @ApiOperation({ summary: '我的入会申请（最近 10 份，最新的在前）' })
  mine(@CurrentActor() actor: Actor): Promise<MyJoinApplication[]> {
    return this.applications.mine(actor);
  }
}
