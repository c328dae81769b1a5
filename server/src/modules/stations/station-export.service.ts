import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { CommonError } from '../../common/common.errors';
import { AuditService } from '../audit/audit.service';
import { OrgsService } from '../orgs/orgs.service';
import { exportRow, streamStationsXlsx } from './station-import/station-sheets';
import { StationsRepository } from './stations.repository';

const PAGE = 1000;

/** Exports a subtree's stations to XLSX in the import template's columns, so an export re-imports unchanged. */
@Injectable()
export class StationExportService {
  constructor(
    private readonly stations: StationsRepository,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
  ) {}

  async exportXlsx(actor: Actor, unitId: string | undefined): Promise<{ stream: Readable; fileName: string }> {
    const root = unitId ?? actor.orgUnitId;
    if (!root) throw CommonError.forbidden();
    const units = await this.orgs.subtreeUnits(actor, root);
    const codes = new Map(units.map((unit) => [unit.id, unit.code]));
    const unitIds = [...codes.keys()];
    await this.audit.recordReading(actor, { action: 'station.export', targetType: 'org_unit', targetId: units[0].id, orgUnitId: units[0].id, detail: { units: unitIds.length } });
    const stations = this.stations;
    async function* pages() {
      for (let after = ''; ; ) {
        const page = await stations.findPageInUnits(unitIds, after, PAGE);
        if (page.length === 0) return;
        yield page.map((station) => exportRow(station, codes.get(station.orgUnitId) ?? ''));
        after = page[page.length - 1].id;
      }
    }
    return { stream: streamStationsXlsx(pages()), fileName: `驿站-${units[0].code}-${new Date().toISOString().slice(0, 10)}.xlsx` };
  }
}
