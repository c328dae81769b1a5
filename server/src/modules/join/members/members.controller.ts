import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type MemberCard, Role, type VerifyCardResponse } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { VerifyCardDto } from '../dto/verify-card.dto';
import { MembersService } from './members.service';

@ApiTags('members')
@ApiBearerAuth()
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get('me/card')
  @Access.signedIn()
  @ApiOperation({ summary: '我的电子会员卡，二维码几分钟内有效' })
  card(@CurrentActor() actor: Actor): Promise<MemberCard> {
    return this.members.card(actor);
  }

  @Post('verify')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '核验会员卡二维码：有效、过期、伪造或会员资格已失效（有效时记入审计）' })
  verify(@CurrentActor() actor: Actor, @Body() body: VerifyCardDto): Promise<VerifyCardResponse> {
    return this.members.verify(actor, body.token);
  }
}
