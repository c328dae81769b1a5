import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ReportQueueResponse, Role, type StationRatingResult, type StationReportView } from '@unionhub/shared';
import { Access } from '../../common/access.decorator';
import { BodyLimit } from '../../common/body-limit.decorator';
import { type Actor, CurrentActor } from '../../common/actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { RateLimit } from '../rate-limit/rate-limit.presets';
import { CreateStationReportDto, RateStationDto, ResolveReportDto, UnitScopeQueryDto } from './dto/feedback.dto';
import { RetryKey } from './retry-key.decorator';
import { StationFeedbackService } from './station-feedback.service';

/** A photo of up to 5 MB in base64, with room for the other fields. */
const REPORT_BODY_LIMIT = 7.5 * 1024 * 1024;

@ApiTags('stations')
@ApiBearerAuth()
@Controller()
export class StationFeedbackController {
  constructor(private readonly feedback: StationFeedbackService) {}

  @Post('stations/:id/ratings')
  @Access.roles(Role.Member)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: '会员评价一次到访（每个驿站每天一次）' })
  rate(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: RateStationDto, @RetryKey() retryKey: string | null): Promise<StationRatingResult> {
    return this.feedback.rate(actor, id, body.score, retryKey);
  }

  @Post('stations/:id/reports')
  @Access.roles(Role.Member)
  @RateLimit.upload()
  @BodyLimit(REPORT_BODY_LIMIT)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '带上它，网络重试只会提交一次' })
  @ApiOperation({ summary: '会员反馈驿站问题（可附一张照片），由驿站所属工会处理' })
  report(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: CreateStationReportDto, @RetryKey() retryKey: string | null): Promise<StationReportView> {
    return this.feedback.report(actor, id, body, retryKey);
  }

  @Get('station-reports')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '待处理的驿站反馈（管辖范围内，多次反馈的驿站排在前面）' })
  queue(@CurrentActor() actor: Actor, @Query() query: UnitScopeQueryDto): Promise<ReportQueueResponse> {
    return this.feedback.queue(actor, query.unitId);
  }

  @Post('station-reports/:id/resolve')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '处理一条驿站反馈并写明结果（记入审计）' })
  resolve(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: ResolveReportDto): Promise<StationReportView> {
    return this.feedback.resolve(actor, id, body.note);
  }
}
