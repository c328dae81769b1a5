import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AidPayeeCardView } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { SavePayeeCardDto } from '../dto/payee-card.dto';
import { PayeeCardsService } from './payee-cards.service';

/** The member's 互助服务卡 on file. */
@ApiTags('aid')
@ApiBearerAuth()
@Controller('me/aid/card')
export class PayeeCardController {
  constructor(private readonly cards: PayeeCardsService) {}

  @Get()
  @Access.signedIn()
  @ApiOperation({ summary: '我保存的互助服务卡（只返回尾号）；没有保存时为 null' })
  mine(@CurrentActor() actor: Actor): Promise<AidPayeeCardView | null> {
    return this.cards.mine(actor);
  }

  @Put()
  @Access.signedIn()
  @ApiOperation({ summary: '保存或更换互助服务卡；同一张卡重复保存不变' })
  save(@CurrentActor() actor: Actor, @Body() body: SavePayeeCardDto): Promise<AidPayeeCardView> {
    return this.cards.save(actor, body.account);
  }
}
