import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApplicationStatus } from '@unionhub/shared';
import type { EntityManager, Repository } from 'typeorm';
import { JoinApplication } from './join-application.entity';

export type NewApplication = Omit<JoinApplication, 'id' | 'createdAt' | 'updatedAt' | 'rejectReason' | 'decidedBy'>;

const MINE_LIMIT = 10;

@Injectable()
export class ApplicationsRepository {
  constructor(@InjectRepository(JoinApplication) private readonly applications: Repository<JoinApplication>) {}

  findById(id: string, manager?: EntityManager): Promise<JoinApplication | null> {
    return (manager?.getRepository(JoinApplication) ?? this.applications).findOneBy({ id });
  }

  findPendingByIdHash(manager: EntityManager, idHash: string): Promise<JoinApplication | null> {
    return manager.getRepository(JoinApplication).findOneBy({ pendingIdHash: idHash });
  }

  findPendingByUser(manager: EntityManager, userId: string): Promise<JoinApplication | null> {
    return manager.getRepository(JoinApplication).findOneBy({ userId, status: ApplicationStatus.Pending });
  }

  findLatestByUser(userId: string): Promise<JoinApplication[]> {
    return this.applications.find({ where: { userId }, order: { createdAt: 'DESC' }, take: MINE_LIMIT });
  }

  /** An officer's queue: one status under `path`; pending oldest first, decided newest first. */
  findInSubtree(path: string, status: ApplicationStatus, offset: number, limit: number): Promise<[JoinApplication[], number]> {
    return this.applications
      .createQueryBuilder('a')
      .where('a.status = :status AND a.unitPath LIKE :prefix', { status, prefix: `${path}%` })
      .orderBy('a.createdAt', status === ApplicationStatus.Pending ? 'ASC' : 'DESC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
  }

  async insert(manager: EntityManager, application: NewApplication): Promise<JoinApplication> {
    const repository = manager.getRepository(JoinApplication);
    return repository.save(repository.create({ ...application, rejectReason: null, decidedBy: null }));
  }

  /**
   * Decides a pending application, only if it is still pending: of two officers deciding at
   * once, one changes the row and the other finds it already decided.
   */
  async decide(
    manager: EntityManager,
    id: string,
    decision: { status: typeof ApplicationStatus.Approved | typeof ApplicationStatus.Rejected; decidedBy: string; rejectReason: string | null },
  ): Promise<boolean> {
    const result = await manager
      .getRepository(JoinApplication)
      .update({ id, status: ApplicationStatus.Pending }, { ...decision, pendingIdHash: null, decidedAt: new Date() });
    return result.affected === 1;
  }

  async setMember(manager: EntityManager, id: string, memberId: string): Promise<void> {
    await manager.getRepository(JoinApplication).update({ id }, { memberId });
  }
}
