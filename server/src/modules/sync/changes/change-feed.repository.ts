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
   * The outbox write: no number yet, so the writer takes no lock that another writer needs. In
   * order, in chunks that stay under the embedded database's limit on bound parameters.
   */
  async insert(manager: EntityManager, events: Omit<ChangeEvent, 'pos' | 'seq' | 'createdAt'>[]): Promise<void> {
    for (let i = 0; i < events.length; i += 100) await manager.getRepository(ChangeEvent).insert(events.slice(i, i + 100).map((event) => ({ ...event, seq: null })));
  }

  async hasUnnumbered(): Promise<boolean> {
    return (await this.events.createQueryBuilder('e').select('e.pos').where('e.seq IS NULL').limit(1).getRawOne()) !== undefined;
  }

  /**
   * Gives the next numbers to committed, unnumbered events in `pos` order and returns how many it
   * numbered. The counter upsert comes first: it locks the counter row until this transaction ends,
   * so sequencers take turns, and the reads after it see every number an earlier turn committed.
   */
  async numberCommitted(manager: EntityManager, limit: number): Promise<number> {
    await incrementCounters(manager, 'change_sequence', { name: FEED }, { value: 0 });
    const last = BigInt((await manager.getRepository(ChangeSequence).findOneByOrFail({ name: FEED })).value);
    const waiting = await manager
      .getRepository(ChangeEvent)
      .createQueryBuilder('e')
      .select('e.pos', 'pos')
      .where('e.seq IS NULL')
      .orderBy('e.pos', 'ASC')
      .limit(limit)
      .getRawMany<{ pos: string | number }>();
    if (waiting.length === 0) return 0;
    const parameters: Record<string, string> = {};
    const cases = waiting.map(({ pos }, i) => {
      parameters[`p${i}`] = String(pos);
      parameters[`s${i}`] = String(last + BigInt(i + 1));
      return `WHEN :p${i} THEN :s${i}`;
    });
    await manager
      .createQueryBuilder()
      .update(ChangeEvent)
      .set({ seq: () => `CASE pos ${cases.join(' ')} END` })
      .where('pos IN (:...positions)', { positions: waiting.map(({ pos }) => String(pos)) })
      .setParameters(parameters)
      .execute();
    await manager.getRepository(ChangeSequence).update({ name: FEED }, { value: String(last + BigInt(waiting.length)) });
    return waiting.length;
  }

  /** The highest number handed out so far; '0' for an empty feed. */
  async lastSeq(): Promise<string> {
    const row = await this.events.createQueryBuilder('e').select('MAX(e.seq)', 'seq').getRawOne<{ seq: string | number | null }>();
    return row?.seq === null || row?.seq === undefined ? '0' : String(row.seq);
  }

  /** Number, type and subject of the numbered events after `afterSeq`, every unit, oldest first. */
  async subjectsAfter(afterSeq: string, limit: number): Promise<{ seq: string; type: string; subjectId: string }[]> {
    const rows = await this.events
      .createQueryBuilder('e')
      .select('e.seq', 'seq')
      .addSelect('e.type', 'type')
      .addSelect('e.subjectId', 'subjectId')
      .where('e.seq > :afterSeq', { afterSeq })
      .orderBy('e.seq', 'ASC')
      .limit(limit)
      .getRawMany<{ seq: string | number; type: string; subjectId: string }>();
    return rows.map((row) => ({ seq: String(row.seq), type: row.type, subjectId: row.subjectId }));
  }

  /** Numbered events after `afterSeq` in the subtree under `path` (either unit of a transfer), oldest first. */
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
