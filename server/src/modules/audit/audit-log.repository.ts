import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { OrgUnit } from '../orgs/org-unit.entity';
import { AuditEntry } from './audit-entry.entity';

export interface AuditFilter {
  /** Entries of units under this path (entries with no unit belong to the city and show at the root only). */
  unitPath: string;
  includeUnitless: boolean;
  actorId?: string;
  actionPrefix?: string;
  from?: Date;
  to?: Date;
  offset: number;
  limit: number;
}

/** Reads of the audit log. Nothing here (or anywhere) deletes entries: see docs/privacy.md. */
@Injectable()
export class AuditLogRepository {
  constructor(
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
    @InjectRepository(OrgUnit) private readonly units: Repository<OrgUnit>,
  ) {}

  findUnit(id: string): Promise<OrgUnit | null> {
    return this.units.findOneBy({ id });
  }

  findFiltered(filter: AuditFilter): Promise<[AuditEntry[], number]> {
    const query = this.entries
      .createQueryBuilder('e')
      .leftJoin(OrgUnit, 'u', 'u.id = e.orgUnitId')
      .where(filter.includeUnitless ? '(u.path LIKE :prefix OR e.orgUnitId IS NULL)' : 'u.path LIKE :prefix', { prefix: `${filter.unitPath}%` });
    if (filter.actorId) query.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
    if (filter.actionPrefix) query.andWhere('e.action LIKE :action', { action: `${filter.actionPrefix.replace(/[%_\\]/g, '\\$&')}%` });
    if (filter.from) query.andWhere('e.createdAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.createdAt <= :to', { to: filter.to });
    return query.orderBy('e.createdAt', 'DESC').addOrderBy('e.id', 'DESC').skip(filter.offset).take(filter.limit).getManyAndCount();
  }
}
