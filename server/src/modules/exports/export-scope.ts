import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { CommonError } from '../../common/common.errors';
import type { OrgUnit } from '../orgs/org-unit.entity';
import { OrgsService } from '../orgs/orgs.service';

/** The subtree an export covers: the chosen unit (default: the officer's own) and every unit under it. */
export interface ExportScope {
  root: OrgUnit;
  /** For `m.unitPath LIKE :prefix`. */
  prefix: string;
  unitNames: Map<string, string>;
}

@Injectable()
export class ExportScopes {
  constructor(private readonly orgs: OrgsService) {}

  async of(actor: Actor, unitId: string | undefined): Promise<ExportScope> {
    const rootId = unitId ?? actor.orgUnitId;
    if (!rootId) throw CommonError.forbidden();
    const units = await this.orgs.subtreeUnits(actor, rootId);
    return { root: units[0], prefix: `${units[0].path}%`, unitNames: new Map(units.map((unit) => [unit.id, unit.name])) };
  }

  /** The officer's own unit, which decides what he may export whole. */
  home(actor: Actor): Promise<OrgUnit> {
    if (!actor.orgUnitId) throw CommonError.forbidden();
    return this.orgs.assertInScope(actor, actor.orgUnitId);
  }
}

/** `会员花名册-BJ-DX-PGZ-2026-11-24.xlsx` */
export const exportFileName = (title: string, root: OrgUnit): string => `${title}-${root.code}-${new Date().toISOString().slice(0, 10)}.xlsx`;

/** Keyset pages of a table read by id, until a page comes back empty. */
export async function* keysetPages<T extends { id: string }>(read: (afterId: string) => Promise<T[]>): AsyncGenerator<T[]> {
  for (let after = ''; ; ) {
    const page = await read(after);
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1].id;
  }
}
