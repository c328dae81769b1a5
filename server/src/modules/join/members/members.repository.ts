import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { incrementCounters } from '../../../database/counters';
import { MemberNumberCounter } from './member-number-counter.entity';
import { Member } from './member.entity';

export type NewMember = Omit<Member, 'id' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class MembersRepository {
  constructor(@InjectRepository(Member) private readonly members: Repository<Member>) {}

  findById(id: string): Promise<Member | null> {
    return this.members.findOneBy({ id });
  }

  /** Every membership, current or past, of these ID hashes. */
  findByIdHashes(idHashes: string[]): Promise<Member[]> {
    return idHashes.length === 0 ? Promise.resolve([]) : this.members.findBy({ idHash: In(idHashes) });
  }

  findByIds(ids: string[]): Promise<Member[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.members.createQueryBuilder('m').where('m.id IN (:...ids)', { ids }).getMany();
  }

  findActiveByIdHash(manager: EntityManager, idHash: string): Promise<Member | null> {
    return manager.getRepository(Member).findOneBy({ activeIdHash: idHash });
  }

  findActiveByNumber(memberNumber: string): Promise<Member | null> {
    return this.members.findOneBy({ memberNumber, status: 'active' });
  }

  findByNumber(manager: EntityManager, memberNumber: string): Promise<Member | null> {
    return manager.getRepository(Member).findOneBy({ memberNumber });
  }

  /** Links an imported membership to the account that joined; false when another account got there first. */
  async claim(manager: EntityManager, id: string, userId: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Member)
      .set({ userId, activeUserId: userId })
      .where('id = :id AND userId IS NULL AND status = :status', { id, status: 'active' })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  findActiveByUser(userId: string, manager?: EntityManager): Promise<Member | null> {
    return (manager?.getRepository(Member) ?? this.members).findOneBy({ activeUserId: userId });
  }

  /** The unit's next sequence number, taken inside the caller's transaction. */
  async nextSequence(manager: EntityManager, orgUnitId: string): Promise<number> {
    await incrementCounters(manager, 'member_number_counter', { orgUnitId }, { lastValue: 1 });
    const counter = await manager.getRepository(MemberNumberCounter).findOneByOrFail({ orgUnitId });
    return counter.lastValue;
  }

  async insert(manager: EntityManager, member: NewMember): Promise<Member> {
    const repository = manager.getRepository(Member);
    return repository.save(repository.create(member));
  }

  /** An accepted transfer: the same membership, number and history, now held by another unit. */
  async moveToUnit(manager: EntityManager, id: string, orgUnitId: string, unitPath: string): Promise<Member> {
    await manager.getRepository(Member).update({ id }, { orgUnitId, unitPath });
    return manager.getRepository(Member).findOneByOrFail({ id });
  }
}
