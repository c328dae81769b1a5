import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { Transfer } from './transfer.entity';

const LIST_LIMIT = 200;

@Injectable()
export class TransfersRepository {
  constructor(@InjectRepository(Transfer) private readonly transfers: Repository<Transfer>) {}

  findOpenForMember(manager: EntityManager, memberId: string): Promise<Transfer | null> {
    return manager.getRepository(Transfer).findOneBy({ openMemberId: memberId });
  }

  async insert(manager: EntityManager, transfer: Omit<Transfer, 'id' | 'createdAt'>): Promise<Transfer> {
    const repository = manager.getRepository(Transfer);
    return repository.save(repository.create(transfer));
  }

  /** Transfers out of or into units under `path`, newest first. */
  findTouchingSubtree(path: string): Promise<Transfer[]> {
    return this.transfers
      .createQueryBuilder('t')
      .where('t.fromUnitPath LIKE :prefix OR t.toUnitPath LIKE :prefix', { prefix: `${path}%` })
      .orderBy('t.createdAt', 'DESC')
      .take(LIST_LIMIT)
      .getMany();
  }
}
