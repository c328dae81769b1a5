import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AidPlan, Role } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { CreatePlanDto } from '../dto/create-plan.dto';
import { PlansService } from './plans.service';

@ApiTags('aid')
@ApiBearerAuth()
@Controller('aid/plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @Access.signedIn()
  @ApiOperation({ summary: '互助保障项目' })
  list(): Promise<AidPlan[]> {
    return this.plans.list();
  }

  @Post()
  @Access.roles(Role.Admin)
  @ApiOperation({ summary: '新建保障项目（管理员，记入审计）' })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePlanDto): Promise<AidPlan> {
    return this.plans.create(actor, body);
  }
}
