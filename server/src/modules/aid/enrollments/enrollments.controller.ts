import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AidEnrollment, Role } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { CreateEnrollmentDto } from '../dto/create-enrollment.dto';
import { EnrollmentsService } from './enrollments.service';

@ApiTags('aid')
@ApiBearerAuth()
@Controller()
export class EnrollmentsController {
  constructor(private readonly enrollments: EnrollmentsService) {}

  @Post('aid/enrollments')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '为管辖范围内的会员添加保障（按会员号，记入审计）' })
  enroll(@CurrentActor() actor: Actor, @Body() body: CreateEnrollmentDto): Promise<AidEnrollment> {
    return this.enrollments.enroll(actor, body);
  }

  @Get('me/aid/enrollments')
  @Access.signedIn()
  @ApiOperation({ summary: '我的互助保障：项目、保障期和赔付规则' })
  mine(@CurrentActor() actor: Actor): Promise<AidEnrollment[]> {
    return this.enrollments.mine(actor);
  }
}
