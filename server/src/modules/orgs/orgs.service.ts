import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { OrgKind, OrgLevel, type OrgUnitNode, type OrgUnitSummary, Role } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import type { ClientActor } from '../../common/client-actor';
import { CommonError } from '../../common/common.errors';
import { TransactionRunner } from '../../database/transaction-runner';
import { isUniqueViolation } from '../../database/unique-violation';
import { AuditService } from '../audit/audit.service';
import type { CreateOrgUnitDto } from './dto/create-org-unit.dto';
import type { OrgUnit } from './org-unit.entity';
import { OrgsError, OrgsErrorCode } from './orgs.errors';
import { OrgsRepository } from './orgs.repository';

const depth: Record<OrgLevel, number> = { city: 0, district: 1, street: 2, grassroots: 3 };

/** A child sits deeper than its parent; grassroots units may also hang under a federation. */
function levelAllowed(parent: OrgUnit, level: OrgLevel): boolean {
  if (depth[level] > depth[parent.level]) return true;
  return parent.kind === OrgKind.Federation && level === OrgLevel.Grassroots;
}

export function toSummary(unit: OrgUnit): OrgUnitSummary {
  return { id: unit.id, code: unit.code, name: unit.name, level: unit.level, kind: unit.kind };
}

export function toTree(units: OrgUnit[]): OrgUnitNode[] {
  const nodes = new Map<string, OrgUnitNode>();
  const roots: OrgUnitNode[] = [];
  for (const unit of units) {
    nodes.set(unit.id, {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      level: unit.level,
      kind: unit.kind,
      parentId: unit.parentId,
      regionCode: unit.regionCode,
      children: [],
    });
  }
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

@Injectable()
export class OrgsService {
  constructor(
    private readonly orgs: OrgsRepository,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  findByCode(code: string): Promise<OrgUnit | null> {
    return this.orgs.findByCode(code);
  }

  async summaryOf(unitId: string | null): Promise<OrgUnitSummary | null> {
    const unit = unitId ? await this.orgs.findById(unitId) : null;
    return unit ? toSummary(unit) : null;
  }

  /** Summaries of many units at once, by id, for lists. */
  /** Pass the transaction's manager when called inside one. */
  async summariesOf(unitIds: string[], manager?: EntityManager): Promise<Map<string, OrgUnitSummary>> {
    const units = await this.orgs.findByIds([...new Set(unitIds)], manager);
    return new Map(units.map((unit) => [unit.id, toSummary(unit)]));
  }

  /** A unit with its path, for modules that record where their rows sit in the tree; no scope check. */
  findById(unitId: string): Promise<OrgUnit | null> {
    return this.orgs.findById(unitId);
  }

  /** The public tree of units: names and levels only, for choosing a unit or a district pool. */
  async getTree(): Promise<OrgUnitNode[]> {
    return toTree(await this.orgs.findAllOrdered());
  }

  /**
   * Officers act inside their unit's subtree; admins sit at the city unit, so the same rule
   * covers them. Out-of-scope units answer 403: the tree itself is public, so a 404 would hide nothing.
   */
  async assertInScope(actor: Actor, unitId: string): Promise<OrgUnit> {
    const unit = await this.orgs.findById(unitId);
    if (!unit) throw new OrgsError(OrgsErrorCode.NotFound);
    if (actor.role === Role.Member || !actor.orgUnitId) throw CommonError.forbidden();
    if (!(await this.orgs.isWithin(actor.orgUnitId, unit.id))) throw new OrgsError(OrgsErrorCode.OutOfScope);
    return unit;
  }

  /** An API client acts inside the subtree it was registered for, like an officer. */
  async assertInClientScope(client: ClientActor, unitId: string): Promise<OrgUnit> {
    const unit = await this.orgs.findById(unitId);
    if (!unit) throw new OrgsError(OrgsErrorCode.NotFound);
    if (!unit.path.startsWith(client.unitPath)) throw new OrgsError(OrgsErrorCode.OutOfScope);
    return unit;
  }

  /** The unit and every unit under it, after checking the actor may act there. */
  async subtreeUnits(actor: Actor, unitId: string): Promise<OrgUnit[]> {
    return this.orgs.findSubtree(await this.assertInScope(actor, unitId));
  }

  /** The administrative code of the unit, or of its nearest ancestor that has one. */
  async regionCodeOf(unit: OrgUnit): Promise<string | null> {
    if (unit.regionCode) return unit.regionCode;
    const ancestorIds = unit.path.split('/').filter(Boolean);
    const ancestors = new Map((await this.orgs.findByIds(ancestorIds)).map((u) => [u.id, u]));
    const withCode = ancestorIds.reverse().find((id) => ancestors.get(id)?.regionCode);
    return withCode ? (ancestors.get(withCode)?.regionCode ?? null) : null;
  }

  async getSubtree(actor: Actor, unitId: string): Promise<OrgUnitNode> {
    const unit = await this.assertInScope(actor, unitId);
    const [root] = toTree(await this.orgs.findSubtree(unit));
    return root;
  }

  async createChild(actor: Actor, parentId: string, input: CreateOrgUnitDto): Promise<OrgUnitNode> {
    const parent = await this.assertInScope(actor, parentId);
    if (!levelAllowed(parent, input.level)) throw new OrgsError(OrgsErrorCode.LevelNotAllowed);
    if (await this.orgs.findByCode(input.code)) throw new OrgsError(OrgsErrorCode.CodeTaken);
    const unit = await this.transactions.run(async (manager) => {
      const created = await this.orgs.insertChild(
        manager,
        parent,
        { code: input.code, name: input.name, level: input.level, kind: input.kind, regionCode: input.regionCode ?? null },
        randomUUID(),
      );
      await this.audit.record(
        actor,
        { action: 'org.create', targetType: 'org_unit', targetId: created.id, orgUnitId: parent.id, detail: { code: created.code, name: created.name } },
        manager,
      );
      return created;
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new OrgsError(OrgsErrorCode.CodeTaken);
      throw error;
    });
    const [node] = toTree([unit]);
    return node;
  }
}
