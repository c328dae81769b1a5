import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type JoinClaimAttemptList, Role } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { ListClaimAttemptsDto } from '../dto/list-claim-attempts.dto';
import { ClaimAttemptsService } from './claim-attempts.service';

/** The officers of the unit that holds a membership see who failed to claim it, from any unit's code. */
@ApiTags('join')
@ApiBearerAuth()
@Controller('join/claim-attempts')
export class ClaimAttemptsController {
  constructor(private readonly attempts: ClaimAttemptsService) {}

  @Get()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '认领异常：本单位及下级单位会员被他人认领失败的记录（按身份证号和日期汇总，已脱敏）' })
  list(@CurrentActor() actor: Actor, @Query() query: ListClaimAttemptsDto): Promise<JoinClaimAttemptList> {
    return this.attempts.list(actor, query.unitId);
  }
}
