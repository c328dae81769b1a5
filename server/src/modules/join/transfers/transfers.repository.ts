import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TransferOrigin, type TransferQueue, TransferStatus } from '@unionhub/shared';
import type { EntityManager, Repository } from 'typeorm';
import { Transfer } from './transfer.entity';

const LIST_LIMIT = 200;

export type NewTransfer = Pick<Transfer, 'memberId' | 'applicationId' | 'fromUnitId' | 'fromUnitPath' | 'toUnitId' | 'toUnitPath' | 'openMemberId'> &
  Partial<Pick<Transfer, 'origin' | 'startedBy' | 'acceptedInAdvance' | 'reason' | 'newEmployer' | 'status' | 'releasedBy' | 'releasedAt'>>;

const MINE_LIMIT = 20;

@Injectable()
export class TransfersRepository {
  constructor(@InjectRepository(Transfer) private readonly transfers: Repository<Transfer>) {}

  findById(id: string, manager?: EntityManager): Promise<Transfer | null> {
    return (manager ? manager.getRepository(Transfer) : this.transfers).findOneBy({ id });
  }

  findOpenForMember(manager: EntityManager, memberId: string): Promise<Transfer | null> {
    return manager.getRepository(Transfer).findOneBy({ openMemberId: memberId });
  }

  /** The member's own transfers, newest first. */
  findForMember(memberId: string): Promise<Transfer[]> {
    return this.transfers.find({ where: { memberId }, order: { createdAt: 'DESC' }, take: MINE_LIMIT });
  }

  async insert(manager: EntityManager, transfer: NewTransfer): Promise<Transfer> {
    const repository = manager.getRepository(Transfer);
    return repository.save(
      repository.create({
        origin: TransferOrigin.Application,
        startedBy: null,
        acceptedInAdvance: false,
        reason: null,
        newEmployer: null,
        status: TransferStatus.Requested,
        releasedBy: null,
        releasedAt: null,
        ...transfer,
        decidedBy: null,
        decidedAt: null,
        refusedBy: null,
        refuseReason: null,
      }),
    );
  }

  /** Moves a transfer on only from the expected status; false when someone else moved it first. */
  async advance(manager: EntityManager, id: string, from: TransferStatus, changes: Partial<Transfer>): Promise<boolean> {
    const result = await manager.getRepository(Transfer).update({ id, status: from }, changes);
    return (result.affected ?? 0) > 0;
  }

  /**
   * Transfers touching the subtree under `path`, newest first: `out` those waiting for release by
   * it, `in` those waiting for acceptance by it, `all` every transfer out of or into it.
   */
  findQueue(path: string, queue: TransferQueue): Promise<Transfer[]> {
    const prefix = `${path}%`;
    const query = this.transfers.createQueryBuilder('t');
    if (queue === 'out') query.where('t.fromUnitPath LIKE :prefix AND t.status = :status', { prefix, status: TransferStatus.Requested });
    else if (queue === 'in') query.where('t.toUnitPath LIKE :prefix AND t.status = :status', { prefix, status: TransferStatus.Released });
    else query.where('t.fromUnitPath LIKE :prefix OR t.toUnitPath LIKE :prefix', { prefix });
    return query.orderBy('t.createdAt', 'DESC').take(LIST_LIMIT).getMany();
  }
}
