import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, LessThanOrEqual, MoreThanOrEqual, type Repository } from 'typeorm';
import { AidPlan } from './aid-plan.entity';

@Injectable()
export class PlansRepository {
  constructor(@InjectRepository(AidPlan) private readonly plans: Repository<AidPlan>) {}

  findById(id: string): Promise<AidPlan | null> {
    return this.plans.findOneBy({ id });
  }

  findByIds(ids: string[]): Promise<AidPlan[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.plans.createQueryBuilder('p').where('p.id IN (:...ids)', { ids }).getMany();
  }

  findAllByCode(): Promise<AidPlan[]> {
    return this.plans.find({ order: { code: 'ASC' } });
  }

  findByCodes(codes: string[]): Promise<AidPlan[]> {
    return codes.length === 0 ? Promise.resolve([]) : this.plans.findBy({ code: In(codes) });
  }

  findByCode(code: string): Promise<AidPlan | null> {
    return this.plans.findOneBy({ code });
  }

  /** Plans that enroll new members automatically and cover `day`. */
  findAutoEnrolling(manager: EntityManager, day: string): Promise<AidPlan[]> {
    return manager.getRepository(AidPlan).findBy({ autoEnrollOnJoin: true, coverageFrom: LessThanOrEqual(day), coverageUntil: MoreThanOrEqual(day) });
  }

  async insert(manager: EntityManager, plan: Omit<AidPlan, 'id' | 'createdAt'>): Promise<AidPlan> {
    const repository = manager.getRepository(AidPlan);
    return repository.save(repository.create(plan));
  }
}
