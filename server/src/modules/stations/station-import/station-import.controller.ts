import { Body, Controller, Get, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, type StationImportPreview, type StationImportResult } from '@unionhub/shared';
import type { FastifyReply } from 'fastify';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { BodyLimit } from '../../../common/body-limit.decorator';
import { sendAsAttachment } from '../../../common/file-answer';
import { RateLimit } from '../../rate-limit/rate-limit.presets';
import { UnitScopeQueryDto } from '../dto/feedback.dto';
import { StationExportService } from '../station-export.service';
import { StationImportCommitDto, StationImportDto } from './dto';
import { MAX_IMPORT_BYTES, StationImportService } from './station-import.service';
import { templateXlsx, XLSX_TYPE } from './station-sheets';

/** Base64 of the largest file, with room for the other fields. */
const IMPORT_BODY_LIMIT = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024;

const attachment = (reply: FastifyReply, fileName: string): void => sendAsAttachment(reply, { contentType: XLSX_TYPE, fileName, asciiFallback: 'stations.xlsx' });

@ApiTags('stations (officers)')
@ApiBearerAuth()
@Controller('stations')
export class StationImportController {
  constructor(
    private readonly imports: StationImportService,
    private readonly exports: StationExportService,
  ) {}

  @Get('import/template')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '下载驿站导入模板（XLSX：表头、一行示例和填写说明）' })
  async template(@Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    attachment(reply, '驿站导入模板.xlsx');
    return new StreamableFile(await templateXlsx());
  }

  @Post('import/preview')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @RateLimit.upload()
  @BodyLimit(IMPORT_BODY_LIMIT)
  @ApiOperation({ summary: '预览导入：识别的列、将新建/更新/不变的数量，以及每行的错误（行、列、原因）' })
  preview(@CurrentActor() actor: Actor, @Body() body: StationImportDto): Promise<StationImportPreview> {
    return this.imports.preview(actor, body);
  }

  @Post('import/commit')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @RateLimit.upload()
  @BodyLimit(IMPORT_BODY_LIMIT)
  @ApiOperation({ summary: '执行导入：导入所有正确的行，或选择“全部正确才导入”；重复导入同一文件不会改变数据' })
  commit(@CurrentActor() actor: Actor, @Body() body: StationImportCommitDto): Promise<StationImportResult> {
    return this.imports.commit(actor, body);
  }

  @Get('export')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '导出管辖范围内的驿站（XLSX，与导入模板同样的列；记入审计）' })
  async export(@CurrentActor() actor: Actor, @Query() query: UnitScopeQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { stream, fileName } = await this.exports.exportXlsx(actor, query.unitId);
    attachment(reply, fileName);
    return new StreamableFile(stream);
  }
}
