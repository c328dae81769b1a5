import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { Member } from '../../join/members/member.entity';
import { Claim } from '../claims/claim.entity';
import { AidEnrollment } from './aid-enrollment.entity';

export type NewEnrollment = Omit<AidEnrollment, 'id' | 'createdAt'>;

@Injectable()
export class EnrollmentsRepository {
  constructor(
    @InjectRepository(AidEnrollment) private readonly enrollments: Repository<AidEnrollment>,
    @InjectRepository(Member) private readonly members: Repository<Member>,
  ) {}

  findById(id: string): Promise<AidEnrollment | null> {
    return this.enrollments.findOneBy({ id });
  }

  findByUser(userId: string): Promise<AidEnrollment[]> {
    return this.enrollments.find({ where: { userId }, order: { validFrom: 'DESC' } });
  }

  /** The name the member is registered under: a claim is paid to him alone. */
  async findMemberName(memberId: string): Promise<string | null> {
    return (await this.members.findOne({ select: { id: true, name: true }, where: { id: memberId } }))?.name ?? null;
  }

  findActiveMemberByNumber(memberNumber: string): Promise<Member | null> {
    return this.members.findOneBy({ memberNumber, status: 'active' });
  }

  findActiveMemberByIdHash(idHash: string): Promise<Member | null> {
    return this.members.findOneBy({ activeIdHash: idHash });
  }

  /** Active members by number or by ID hash, for a whole import file at once. */
  findActiveMembers(memberNumbers: string[], idHashes: string[]): Promise<Member[]> {
    const where = [
      ...(memberNumbers.length ? [{ memberNumber: In(memberNumbers), status: 'active' as const }] : []),
      ...(idHashes.length ? [{ activeIdHash: In(idHashes) }] : []),
    ];
    return where.length === 0 ? Promise.resolve([]) : this.members.find({ where });
  }

  findOne(manager: EntityManager, memberId: string, planId: string, validFrom: string): Promise<AidEnrollment | null> {
    return manager.getRepository(AidEnrollment).findOneBy({ memberId, planId, validFrom });
  }

  async insert(manager: EntityManager, enrollment: NewEnrollment): Promise<AidEnrollment> {
    const repository = manager.getRepository(AidEnrollment);
    return repository.save(repository.create(enrollment));
  }

  hasClaims(manager: EntityManager, enrollmentId: string): Promise<boolean> {
    return manager.getRepository(Claim).existsBy({ enrollmentId });
  }

  /** False when another request deleted it first. */
  async delete(manager: EntityManager, id: string): Promise<boolean> {
    return ((await manager.getRepository(AidEnrollment).delete({ id })).affected ?? 0) === 1;
  }

  async setValidUntil(manager: EntityManager, id: string, validUntil: string): Promise<void> {
    await manager.getRepository(AidEnrollment).update({ id }, { validUntil });
  }
}
