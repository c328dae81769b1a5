import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type JoinApplicationDetail, type JoinApplicationPage, type RevealedIdentity, Role } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { ListApplicationsDto } from '../dto/list-applications.dto';
import { RejectApplicationDto } from '../dto/reject-application.dto';
import { ReviewService } from './review.service';

/** Officers' review of join applications in their subtree. */
@ApiTags('join')
@ApiBearerAuth()
@Controller('join/applications')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Get()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '管辖范围内的入会申请（默认待审核，最早的在前），个人信息已脱敏' })
  list(@CurrentActor() actor: Actor, @Query() query: ListApplicationsDto): Promise<JoinApplicationPage> {
    return this.review.list(actor, query);
  }

  @Get(':id')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '入会申请详情（脱敏）' })
  detail(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<JoinApplicationDetail> {
    return this.review.detail(actor, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '通过：发放会员号，通知申请人（记入审计）' })
  approve(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<JoinApplicationDetail> {
    return this.review.approve(actor, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '不通过：原因会告诉申请人（记入审计）' })
  reject(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: RejectApplicationDto): Promise<JoinApplicationDetail> {
    return this.review.reject(actor, id, body.reason);
  }

  @Post(':id/reveal-id')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '查看完整身份证号（每次都记入审计）' })
  revealId(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<RevealedIdentity> {
    return this.review.revealId(actor, id);
  }
}
