import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { OrgUnit } from '../../orgs/org-unit.entity';
import { PayoutBatch } from './payout-batch.entity';

@Injectable()
export class PayoutsRepository {
  constructor(@InjectRepository(PayoutBatch) private readonly batches: Repository<PayoutBatch>) {}

  findById(id: string): Promise<PayoutBatch | null> {
    return this.batches.findOneBy({ id });
  }

  /** The batches made by units under `path`, newest first. */
  findInSubtree(path: string, offset: number, limit: number): Promise<[PayoutBatch[], number]> {
    return this.batches
      .createQueryBuilder('b')
      .innerJoin(OrgUnit, 'u', 'u.id = b.orgUnitId')
      .where('u.path LIKE :prefix', { prefix: `${path}%` })
      .orderBy('b.createdAt', 'DESC')
      .addOrderBy('b.id', 'ASC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
  }

  async insert(manager: EntityManager, batch: Pick<PayoutBatch, 'orgUnitId' | 'createdBy' | 'claimCount' | 'totalAmount'>): Promise<PayoutBatch> {
    const repository = manager.getRepository(PayoutBatch);
    return repository.save(repository.create({ ...batch, paidCount: 0, failedCount: 0, settledAt: null }));
  }

  async recordOutcome(manager: EntityManager, id: string, paid: number, failed: number): Promise<void> {
    await manager
      .getRepository(PayoutBatch)
      .createQueryBuilder()
      .update()
      .set({ paidCount: () => `paidCount + ${paid}`, failedCount: () => `failedCount + ${failed}`, settledAt: new Date() })
      .where('id = :id', { id })
      .execute();
  }
}
