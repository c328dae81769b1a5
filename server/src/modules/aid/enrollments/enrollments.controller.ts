import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AidEnrollment, type EnrollmentImportResult, Role, SyncPermission, type SyncEnrollmentResult } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { BodyLimit } from '../../../common/body-limit.decorator';
import { type ClientActor, CurrentClient } from '../../../common/client-actor';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { RateLimit } from '../../rate-limit/rate-limit.presets';
import { CreateEnrollmentDto } from '../dto/create-enrollment.dto';
import { EnrollmentImportDto, SyncEnrollmentDto } from '../dto/enrollment-import.dto';
import { EnrollmentImportService, MAX_ENROLLMENT_IMPORT_BYTES } from './enrollment-import.service';
import { EnrollmentsService } from './enrollments.service';

/** Base64 of the largest file, with room for the file name. */
const IMPORT_BODY_LIMIT = Math.ceil((MAX_ENROLLMENT_IMPORT_BYTES * 4) / 3) + 16 * 1024;

@ApiTags('aid')
@ApiBearerAuth()
@Controller()
export class EnrollmentsController {
  constructor(
    private readonly enrollments: EnrollmentsService,
    private readonly imports: EnrollmentImportService,
  ) {}

  @Post('aid/enrollments')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '为管辖范围内的会员添加保障（按会员号，记入审计）' })
  enroll(@CurrentActor() actor: Actor, @Body() body: CreateEnrollmentDto): Promise<AidEnrollment> {
    return this.enrollments.enroll(actor, body);
  }

  @Delete('aid/enrollments/:id')
  @HttpCode(204)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '删除误加的保障（没有理赔申请时；记入审计）' })
  remove(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.enrollments.remove(actor, id);
  }

  @Post('aid/enrollments/import')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @RateLimit.upload()
  @BodyLimit(IMPORT_BODY_LIMIT)
  @ApiOperation({ summary: '批量导入保障名单（XLSX/CSV）：全部正确才导入，逐行报告错误；重复导入同一文件不会重复添加' })
  import(@CurrentActor() actor: Actor, @Body() body: EnrollmentImportDto): Promise<EnrollmentImportResult> {
    return this.imports.import(actor, body);
  }

  @Post('sync/enrollments')
  @HttpCode(200)
  @Access.client(SyncPermission.WriteEnrollments)
  @ApiOperation({ summary: '接口客户端为管辖范围内的会员添加保障（按会员编号或身份证号）；重复调用不会重复添加' })
  enrollForClient(@CurrentClient() client: ClientActor, @Body() body: SyncEnrollmentDto): Promise<SyncEnrollmentResult> {
    return this.enrollments.enrollForClient(client, body);
  }

  @Get('me/aid/enrollments')
  @Access.signedIn()
  @ApiOperation({ summary: '我的互助保障：项目、保障期和赔付规则' })
  mine(@CurrentActor() actor: Actor): Promise<AidEnrollment[]> {
    return this.enrollments.mine(actor);
  }
}
