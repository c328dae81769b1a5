import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { OrgUnit } from './org-unit.entity';

@Injectable()
export class OrgsRepository {
  constructor(@InjectRepository(OrgUnit) private readonly units: Repository<OrgUnit>) {}

  findById(id: string): Promise<OrgUnit | null> {
    return this.units.findOneBy({ id });
  }

  findByIds(ids: string[], manager?: EntityManager): Promise<OrgUnit[]> {
    return ids.length === 0 ? Promise.resolve([]) : (manager?.getRepository(OrgUnit) ?? this.units).findBy({ id: In(ids) });
  }

  findByCode(code: string): Promise<OrgUnit | null> {
    return this.units.findOneBy({ code });
  }

  findAllOrdered(): Promise<OrgUnit[]> {
    return this.units.find({ order: { path: 'ASC' } });
  }

  /** The unit itself and everything under it: one prefix match on the indexed path. */
  findSubtree(root: OrgUnit): Promise<OrgUnit[]> {
    return this.units
      .createQueryBuilder('u')
      .where('u.path LIKE :prefix', { prefix: `${root.path}%` })
      .orderBy('u.path', 'ASC')
      .getMany();
  }

  async isWithin(ancestorId: string, unitId: string): Promise<boolean> {
    const rows = await this.units.find({ select: { id: true, path: true }, where: { id: In([ancestorId, unitId]) } });
    const ancestor = rows.find((r) => r.id === ancestorId);
    const unit = rows.find((r) => r.id === unitId);
    return !!ancestor && !!unit && unit.path.startsWith(ancestor.path);
  }

  /** Inserts with its path; the id is made first so the path can end with it. */
  async insertChild(manager: EntityManager, parent: OrgUnit | null, unit: Omit<OrgUnit, 'id' | 'path' | 'parentId' | 'createdAt' | 'updatedAt'>, id: string): Promise<OrgUnit> {
    const repository = manager.getRepository(OrgUnit);
    const created = repository.create({
      ...unit,
      id,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
    });
    return repository.save(created);
  }
}
