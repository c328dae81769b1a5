import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ChangeAction,
  type ImportPreviewRow,
  type ImportRowError,
  ImportMode,
  type StationImportCommitRequest,
  type StationImportCounts,
  type StationImportPreview,
  type StationImportRequest,
  type StationImportResult,
} from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { CommonError } from '../../../common/common.errors';
import { TransactionRunner } from '../../../database/transaction-runner';
import { retryOnUniqueViolation } from '../../../database/unique-violation';
import { AuditService, type AuditRecord } from '../../audit/audit.service';
import { decodeBase64 } from '../../files/files.service';
import type { OrgUnit } from '../../orgs/org-unit.entity';
import { OrgsService } from '../../orgs/orgs.service';
import { ChangeFeedService } from '../../sync/changes/change-feed.service';
import { stationChange } from '../station-change';
import { StationIndexService } from '../nearest/station-index.service';
import type { Station } from '../station.entity';
import { StationsRepository } from '../stations.repository';
import { ExistingStations, type PlannedRow, planRow } from './import-plan';
import type { ImportUnit, StationDraft } from './parse-row';
import { type ReadFile, readImportFile } from './read-import-file';

/** A 50,000-row CSV of stations is about 8 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const BATCH_ROWS = 500;
const MAX_ERRORS_SHOWN = 500;
const SAMPLE_ROWS = 20;
/** Two imports of one file at once race on the external-id index; the loser plans its batch again. */

interface Scope {
  root: OrgUnit;
  unitIds: string[];
  defaultUnit: ImportUnit;
  units: Map<string, ImportUnit>;
}

/** Thrown inside an all-or-nothing transaction to roll it back when a row cannot be applied. */
class RowsRefused extends Error {
  constructor(readonly errors: ImportRowError[]) {
    super('rows refused');
  }
}

const byRow = (a: ImportRowError, b: ImportRowError): number => a.row - b.row;

@Injectable()
export class StationImportService {
  constructor(
    private readonly stations: StationsRepository,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly changes: ChangeFeedService,
    private readonly transactions: TransactionRunner,
    private readonly index: StationIndexService,
  ) {}

  async preview(actor: Actor, request: StationImportRequest): Promise<StationImportPreview> {
    const scope = await this.scopeOf(actor, request.orgUnitId);
    const file = await this.read(request, scope);
    const existing = new ExistingStations(await this.stations.findAllInUnits(scope.unitIds));
    const counts: StationImportCounts = { create: 0, update: 0, unchanged: 0, invalid: 0 };
    const errors = [...file.errors];
    const sample: ImportPreviewRow[] = [];
    for (const draft of file.drafts) {
      const planned = planRow(draft, existing);
      if ('reason' in planned) {
        errors.push(planned);
        continue;
      }
      counts[planned.action]++;
      if (sample.length < SAMPLE_ROWS) sample.push({ row: draft.row, name: draft.name, address: draft.address, lat: draft.lat, lng: draft.lng, action: planned.action });
    }
    errors.sort(byRow);
    counts.invalid = new Set(errors.map((e) => e.row)).size;
    return {
      format: file.format,
      headers: file.headers,
      columns: file.mapping.headers,
      ignoredHeaders: file.mapping.ignored,
      totalRows: file.totalRows,
      counts,
      errors: errors.slice(0, MAX_ERRORS_SHOWN),
      errorCount: errors.length,
      sample,
    };
  }

  /**
   * Applies the file. `valid-rows` writes every valid row in batches and skips the others;
   * `all-or-nothing` writes everything in one transaction, or nothing if any row has an error.
   * Rows are matched to stations by system id, external id, or unit and name, so importing the
   * same file again changes nothing.
   */
  async commit(actor: Actor, request: StationImportCommitRequest): Promise<StationImportResult> {
    const scope = await this.scopeOf(actor, request.orgUnitId);
    const file = await this.read(request, scope);
    const result: StationImportResult = { mode: request.mode, applied: false, created: 0, updated: 0, unchanged: 0, skipped: 0, errors: [], errorCount: 0 };
    const errors = [...file.errors];
    const batches = Array.from({ length: Math.ceil(file.drafts.length / BATCH_ROWS) }, (_, i) => file.drafts.slice(i * BATCH_ROWS, (i + 1) * BATCH_ROWS));

    if (request.mode === ImportMode.AllOrNothing) {
      if (errors.length === 0) {
        try {
          const applied = await retryOnUniqueViolation(() =>
            this.transactions.run(async (manager) => {
              const planned = [];
              for (const batch of batches) planned.push(...(await this.applyBatch(manager, actor, scope, request.fileName, batch)));
              return planned;
            }),
          );
          this.count(result, applied);
          result.applied = true;
        } catch (error) {
          if (!(error instanceof RowsRefused)) throw error;
          errors.push(...error.errors);
        }
      }
    } else {
      for (const batch of batches) {
        const outcome = await retryOnUniqueViolation(() => this.transactions.run((manager) => this.applyBatchCollecting(manager, actor, scope, request.fileName, batch)));
        this.count(result, outcome.planned);
        errors.push(...outcome.errors);
      }
      result.applied = true;
    }
    errors.sort(byRow);
    result.skipped = result.applied ? new Set(errors.map((e) => e.row)).size : file.totalRows;
    result.errors = errors.slice(0, MAX_ERRORS_SHOWN);
    result.errorCount = errors.length;
    if (result.applied && result.created + result.updated > 0) {
      // Each batch's rows were audited with the batch; this entry sums the import up.
      const summary = { fileName: request.fileName, mode: request.mode, created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped };
      await this.transactions.run((manager) =>
        this.audit.record(actor, { action: 'station.import', targetType: 'station_import', targetId: randomUUID(), orgUnitId: scope.root.id, detail: summary }, manager),
      );
      await this.index.catchUp();
    }
    return result;
  }

  private count(result: StationImportResult, planned: PlannedRow[]): void {
    for (const row of planned) {
      if (row.action === 'create') result.created++;
      else if (row.action === 'update') result.updated++;
      else result.unchanged++;
    }
  }

  /** A batch whose rows cannot all be matched is written without them; planning fails before any write. */
  private async applyBatchCollecting(manager: EntityManager, actor: Actor, scope: Scope, fileName: string, batch: StationDraft[]): Promise<{ planned: PlannedRow[]; errors: ImportRowError[] }> {
    try {
      return { planned: await this.applyBatch(manager, actor, scope, fileName, batch), errors: [] };
    } catch (error) {
      if (!(error instanceof RowsRefused)) throw error;
      const refused = new Set(error.errors.map((e) => e.row));
      const planned = await this.applyBatch(manager, actor, scope, fileName, batch.filter((d) => !refused.has(d.row)));
      return { planned, errors: error.errors };
    }
  }

  /** Plans a batch against the stations it may match, as the database has them now, and writes it. */
  private async applyBatch(manager: EntityManager, actor: Actor, scope: Scope, fileName: string, batch: StationDraft[]): Promise<PlannedRow[]> {
    const candidates = await this.stations.findMatchCandidates(manager, scope.unitIds, {
      ids: batch.flatMap((d) => (d.stationId ? [d.stationId] : [])),
      externalIds: batch.flatMap((d) => (d.externalId ? [d.externalId] : [])),
      names: batch.flatMap((d) => (d.stationId || d.externalId ? [] : [d.name])),
    });
    const existing = new ExistingStations(candidates);
    const planned: PlannedRow[] = [];
    const refused: ImportRowError[] = [];
    for (const draft of batch) {
      const row = planRow(draft, existing);
      if ('reason' in row) refused.push(row);
      else planned.push(row);
    }
    if (refused.length) throw new RowsRefused(refused);
    const audits: AuditRecord[] = [];
    const source = { source: 'import', fileName };
    await this.stations.insert(manager, planned.flatMap((p) => (p.action === 'create' ? [{ ...p.station, photoKeys: [], closedReason: null, isDemo: false }] : [])));
    for (const row of planned) {
      if (row.action === 'create') audits.push({ action: 'station.create', targetType: 'station', targetId: row.station.id, orgUnitId: row.station.orgUnitId, detail: { ...source, row: row.draft.row } });
      if (row.action === 'update') {
        await this.stations.update(manager, row.id, row.changes);
        audits.push({ action: 'station.update', targetType: 'station', targetId: row.id, orgUnitId: row.orgUnitId, detail: { ...source, row: row.draft.row, fields: Object.keys(row.changes) } });
      }
    }
    await this.audit.recordMany(actor, audits, manager);
    await this.recordChanges(manager, planned);
    return planned;
  }

  /** One change-feed event per station created or updated, in row order, in the batch's transaction. */
  private async recordChanges(manager: EntityManager, planned: PlannedRow[]): Promise<void> {
    const written = planned.flatMap((row) => (row.action === 'create' ? [{ id: row.station.id, action: ChangeAction.Created }] : row.action === 'update' ? [{ id: row.id, action: ChangeAction.Updated }] : []));
    const stations = new Map((await this.stations.findByIds(written.map((w) => w.id), manager)).map((s) => [s.id, s]));
    await this.changes.recordMany(
      manager,
      written.map((w) => stationChange(stations.get(w.id) as Station, w.action)),
    );
  }


  private read(request: StationImportRequest, scope: Scope): Promise<ReadFile> {
    const bytes = decodeBase64(request.file, MAX_IMPORT_BYTES);
    return readImportFile(bytes, request.columns, () => ({ coordSystem: request.coordSystem, defaultUnit: scope.defaultUnit, units: scope.units }));
  }

  /**
   * The officer's subtree, each unit with the administrative code its rows default to (its own, or
   * the nearest ancestor's), and the unit rows without a unit code go to.
   */
  private async scopeOf(actor: Actor, defaultUnitId: string | undefined): Promise<Scope> {
    if (!actor.orgUnitId) throw CommonError.forbidden();
    const subtree = await this.orgs.subtreeUnits(actor, actor.orgUnitId);
    const root = subtree[0];
    const rootRegion = await this.orgs.regionCodeOf(root);
    const region = new Map<string, string | null>();
    for (const unit of subtree) region.set(unit.id, unit.regionCode ?? (unit.parentId ? region.get(unit.parentId) : null) ?? rootRegion);
    const units = new Map<string, ImportUnit>();
    for (const unit of subtree) {
      const entry = { id: unit.id, regionCode: region.get(unit.id) ?? null };
      units.set(unit.code, entry);
      units.set(unit.name, entry);
    }
    const defaultUnit = defaultUnitId ? await this.orgs.assertInScope(actor, defaultUnitId) : root;
    return { root, unitIds: subtree.map((u) => u.id), defaultUnit: { id: defaultUnit.id, regionCode: region.get(defaultUnit.id) ?? null }, units };
  }
}
