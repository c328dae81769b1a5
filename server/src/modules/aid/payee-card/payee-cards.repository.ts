import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { Member } from '../../join/members/member.entity';
import { AidPayeeCard } from './aid-payee-card.entity';

export type PayeeCardValue = Pick<AidPayeeCard, 'cardEnc' | 'cardMasked'>;

@Injectable()
export class PayeeCardsRepository {
  constructor(
    @InjectRepository(AidPayeeCard) private readonly cards: Repository<AidPayeeCard>,
    @InjectRepository(Member) private readonly members: Repository<Member>,
  ) {}

  findActiveMemberOfUser(userId: string): Promise<Member | null> {
    return this.members.findOneBy({ userId, status: 'active' });
  }

  findByMember(memberId: string, manager?: EntityManager): Promise<AidPayeeCard | null> {
    return (manager?.getRepository(AidPayeeCard) ?? this.cards).findOneBy({ memberId });
  }

  async insert(manager: EntityManager, memberId: string, card: PayeeCardValue): Promise<void> {
    await manager.getRepository(AidPayeeCard).insert({ memberId, ...card });
  }

  async update(manager: EntityManager, memberId: string, card: PayeeCardValue): Promise<void> {
    await manager.getRepository(AidPayeeCard).update({ memberId }, card);
  }
}
