import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, type RosterImportResult } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { BodyLimit } from '../../../common/body-limit.decorator';
import { RateLimit } from '../../rate-limit/rate-limit.presets';
import { RosterImportDto, RosterImportQueryDto } from '../dto/roster-import.dto';
import { MAX_ROSTER_IMPORT_BYTES, RosterImportService } from './roster-import.service';

/** Base64 of the largest file, with room for the other fields. */
const IMPORT_BODY_LIMIT = Math.ceil((MAX_ROSTER_IMPORT_BYTES * 4) / 3) + 16 * 1024;

@ApiTags('join (officers)')
@ApiBearerAuth()
@Controller('join/roster-import')
export class RosterImportController {
  constructor(private readonly imports: RosterImportService) {}

  @Post()
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @RateLimit.upload()
  @BodyLimit(IMPORT_BODY_LIMIT)
  @ApiOperation({ summary: '导入会员花名册（XLSX/CSV）：全部正确才导入，否则 400 JOIN_ROSTER_INVALID 并在 details 里逐行报告；?dryRun=true 只预览；重复导入不会重复建会员' })
  import(@CurrentActor() actor: Actor, @Query() query: RosterImportQueryDto, @Body() body: RosterImportDto): Promise<RosterImportResult> {
    return this.imports.import(actor, body, query.dryRun === 'true');
  }
}
