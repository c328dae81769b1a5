import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ClaimDetail, type ClaimPage, Role } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { ApproveClaimDto, ClaimVersionDto, RejectClaimDto, RequestInfoDto } from '../dto/claim-decision.dto';
import { ListClaimsDto } from '../dto/list-claims.dto';
import { ClaimReviewService } from './claim-review.service';

/** Officers' review of the claims in their subtree. */
@ApiTags('aid')
@ApiBearerAuth()
@Controller('aid/claims')
export class ClaimReviewController {
  constructor(private readonly review: ClaimReviewService) {}

  @Get()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '管辖范围内的理赔申请（默认待处理），按状态和项目筛选' })
  list(@CurrentActor() actor: Actor, @Query() query: ListClaimsDto): Promise<ClaimPage> {
    return this.review.list(actor, query);
  }

  @Get(':id')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '理赔详情：材料、清单和建议赔付金额（记入审计）' })
  detail(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<ClaimDetail> {
    return this.review.detail(actor, id);
  }

  @Post(':id/start-review')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '受理，开始审核' })
  startReview(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: ClaimVersionDto): Promise<ClaimDetail> {
    return this.review.startReview(actor, id, body.version);
  }

  @Post(':id/request-info')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '要求补充材料（留言会发给会员）' })
  requestInfo(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: RequestInfoDto): Promise<ClaimDetail> {
    return this.review.requestInfo(actor, id, body);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '核定金额通过；超过复核金额时需另一位工作人员确认' })
  approve(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: ApproveClaimDto): Promise<ClaimDetail> {
    return this.review.approve(actor, id, body);
  }

  @Post(':id/confirm-approval')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '复核确认大额赔付（须为另一位工作人员）' })
  confirm(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: ClaimVersionDto): Promise<ClaimDetail> {
    return this.review.confirmApproval(actor, id, body.version);
  }

  @Post(':id/approve-payee')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '确认他人代收的收款人（核实会员写明的原因后；确认前不能通过）' })
  approvePayee(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: ClaimVersionDto): Promise<ClaimDetail> {
    return this.review.approvePayee(actor, id, body.version);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '不通过（原因代码 + 说明，会员会看到）' })
  reject(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: RejectClaimDto): Promise<ClaimDetail> {
    return this.review.reject(actor, id, body);
  }
}
