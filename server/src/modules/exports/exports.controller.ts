import type { Readable } from 'node:stream';
import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@unionhub/shared';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/access.decorator';
import { type Actor, CurrentActor } from '../../common/actor';
import { sendAsAttachment } from '../../common/file-answer';
import { XLSX_TYPE } from '../../common/spreadsheet/xlsx-stream';
import { RateLimit } from '../rate-limit/rate-limit.presets';
import { UnitScopeQueryDto } from '../stations/dto/feedback.dto';
import { StationExportService } from '../stations/station-export.service';
import { ClaimsExportService } from './claims-export.service';
import { JoinStatsExportQueryDto, RosterExportQueryDto } from './dto/export-query.dto';
import { JoinStatsExportService } from './join-stats-export.service';
import { RosterExportService } from './roster-export.service';

function attachment(reply: FastifyReply, file: { stream: Readable; fileName: string }): StreamableFile {
  sendAsAttachment(reply, { contentType: XLSX_TYPE, fileName: file.fileName, asciiFallback: 'export.xlsx' });
  return new StreamableFile(file.stream);
}

@ApiTags('exports (officers)')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly roster: RosterExportService,
    private readonly claims: ClaimsExportService,
    private readonly joinStats: JoinStatsExportService,
    private readonly stations: StationExportService,
  ) {}

  @Get('roster')
  @Access.roles(Role.Officer, Role.Admin)
  @RateLimit.export()
  @ApiOperation({ summary: '会员花名册（XLSX）：姓名、身份证号、手机号脱敏；写明用途可导出完整号码（记入审计）' })
  async exportRoster(@CurrentActor() actor: Actor, @Query() query: RosterExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    return attachment(reply, await this.roster.export(actor, query));
  }

  @Get('claims')
  @Access.roles(Role.Officer, Role.Admin)
  @RateLimit.export()
  @ApiOperation({ summary: '理赔台账（XLSX）：编号、会员（脱敏）、项目、日期、申报/核定/已赔付金额（元）、状态、打款批次' })
  async exportClaims(@CurrentActor() actor: Actor, @Query() query: UnitScopeQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    return attachment(reply, await this.claims.export(actor, query.unitId));
  }

  @Get('join-stats')
  @Access.roles(Role.Officer, Role.Admin)
  @RateLimit.export()
  @ApiOperation({ summary: '入会统计（XLSX）：日期范围内的新会员，按日期、渠道、工会、职业各一页' })
  async exportJoinStats(@CurrentActor() actor: Actor, @Query() query: JoinStatsExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    return attachment(reply, await this.joinStats.export(actor, query));
  }

  @Get('stations')
  @Access.roles(Role.Officer, Role.Admin)
  @RateLimit.export()
  @ApiOperation({ summary: '驿站清单（XLSX，与驿站导入模板同样的列）' })
  async exportStations(@CurrentActor() actor: Actor, @Query() query: UnitScopeQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    return attachment(reply, await this.stations.exportXlsx(actor, query.unitId));
  }
}
