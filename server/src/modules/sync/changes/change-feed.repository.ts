import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { incrementCounters } from '../../../database/counters';
import { ChangeEvent } from './change-event.entity';
import { ChangeSequence } from './change-sequence.entity';

const FEED = 'feed';

@Injectable()
export class ChangeFeedRepository {
  constructor(@InjectRepository(ChangeEvent) private readonly events: Repository<ChangeEvent>) {}

  /**
   * Takes the next sequence number. The upsert locks the counter row until the caller's
   * transaction commits or rolls back; the read that follows sees the caller's own increment.
   */
  async takeNextSeq(manager: EntityManager): Promise<string> {
    await incrementCounters(manager, 'change_sequence', { name: FEED }, { value: 1 });
    const row = await manager.getRepository(ChangeSequence).findOneByOrFail({ name: FEED });
    return String(row.value);
  }

  async insert(manager: EntityManager, event: Omit<ChangeEvent, 'id' | 'createdAt'>): Promise<void> {
    await manager.getRepository(ChangeEvent).insert(event);
  }

  /** Events after `afterSeq` in the subtree under `path` (either unit of a transfer), oldest first. */
  findPageInSubtree(path: string, afterSeq: string, types: string[], limit: number): Promise<ChangeEvent[]> {
    return this.events
      .createQueryBuilder('e')
      .where('e.seq > :afterSeq', { afterSeq })
      .andWhere('e.type IN (:...types)', { types })
      .andWhere('(e.unitPath LIKE :prefix OR e.otherUnitPath LIKE :prefix)', { prefix: `${path}%` })
      .orderBy('e.seq', 'ASC')
      .take(limit)
      .getMany();
  }
}
