import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { Member } from '../../join/members/member.entity';
import { AidEnrollment } from './aid-enrollment.entity';

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

  findActiveMemberByNumber(memberNumber: string): Promise<Member | null> {
    return this.members.findOneBy({ memberNumber, status: 'active' });
  }

  async insert(manager: EntityManager, enrollment: Omit<AidEnrollment, 'id' | 'createdAt'>): Promise<AidEnrollment> {
    const repository = manager.getRepository(AidEnrollment);
    return repository.save(repository.create(enrollment));
  }
}
