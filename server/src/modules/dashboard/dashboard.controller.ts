import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type OfficerDashboard, Role } from '@unionhub/shared';
import { Access } from '../../common/access.decorator';
import { type Actor, CurrentActor } from '../../common/actor';
import { DashboardService } from './dashboard.service';
import { DashboardQueryDto } from './dto/dashboard-query.dto';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '本单位及下级：新会员（按日、渠道、职业）、待办数、理赔（按状态的件数和金额）' })
  get(@CurrentActor() actor: Actor, @Query() query: DashboardQueryDto): Promise<OfficerDashboard> {
    return this.dashboard.forOfficer(actor, query.days);
  }
}
