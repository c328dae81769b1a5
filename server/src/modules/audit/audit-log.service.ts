import { Injectable } from '@nestjs/common';
import type { AuditEntryView, AuditPage } from '@unionhub/shared';
import type { Actor } from '../../common/actor';
import { CommonError } from '../../common/common.errors';
import type { AuditEntry } from './audit-entry.entity';
import { AuditLogRepository } from './audit-log.repository';
import { AuditService } from './audit.service';
import type { ListAuditDto } from './dto/list-audit.dto';

/** The audit log for admins, filtered by who, what, unit and time; reading it is itself audited. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: ListAuditDto): Promise<AuditPage> {
    if (!actor.orgUnitId) throw CommonError.forbidden();
    const own = await this.log.findUnit(actor.orgUnitId);
    const unit = query.unitId ? await this.log.findUnit(query.unitId) : own;
    if (!own || !unit) throw CommonError.notFound('找不到这个工会单位，请重新选择');
    if (!unit.path.startsWith(own.path)) throw CommonError.forbidden('只能查看本单位及下级单位的日志');
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    const [entries, total] = await this.log.findFiltered({
      unitPath: unit.path,
      includeUnitless: unit.id === own.id && own.parentId === null,
      actorId: query.actorId,
      actionPrefix: query.action,
      from,
      to,
      offset: query.offset,
      limit: query.limit,
    });
    await this.audit.recordReading(actor, { action: 'audit.list', targetType: 'org_unit', targetId: unit.id, orgUnitId: unit.id, detail: { actorId: query.actorId, action: query.action, from: query.from, to: query.to } });
    return { items: entries.map(toView), total };
  }
}

function toView(entry: AuditEntry): AuditEntryView {
  return {
    id: entry.id,
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    orgUnitId: entry.orgUnitId,
    ip: entry.ip,
    detail: entry.detail ? (JSON.parse(entry.detail) as Record<string, unknown>) : null,
    createdAt: entry.createdAt.toISOString(),
  };
}
