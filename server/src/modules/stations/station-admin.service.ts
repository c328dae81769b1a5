import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ChangeAction,
  FLAG_REPORT_THRESHOLD,
  type ManagedStation,
  type ManagedStationListResponse,
  type StationInput,
  StationStatus,
  toGcj02,
  validateWeeklyHours,
  type WeeklyHours,
} from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import type { ClientActor } from '../../common/client-actor';
import { CommonError } from '../../common/common.errors';
import { TransactionRunner } from '../../database/transaction-runner';
import { isUniqueViolation } from '../../database/unique-violation';
import { AuditService } from '../audit/audit.service';
import { FilesService } from '../files/files.service';
import { OrgsService } from '../orgs/orgs.service';
import { ChangeFeedService } from '../sync/changes/change-feed.service';
import { fromFacilityMask } from './facility-mask';
import { beijingDate } from './opening-hours';
import { stationChange } from './station-change';
import { StationIndexService } from './nearest/station-index.service';
import { StationFeedbackRepository } from './station-feedback.repository';
import { type StationFields, toStationColumns } from './station-record';
import { hostOf, toDetail, toListItem } from './station-view';
import { Station } from './station.entity';
import { StationsError, StationsErrorCode } from './stations.errors';
import { StationsRepository } from './stations.repository';

const MAX_PHOTOS = 6;

export interface ManagedListFilter {
  unitId?: string;
  q?: string;
  status?: StationStatus;
  limit?: number;
  offset?: number;
}

/** Spans sorted, days in week order; the DTO has already refused anything invalid. */
function normalisedHours(hours: unknown): WeeklyHours {
  const checked = validateWeeklyHours(hours);
  if (!checked.ok) throw new StationsError(StationsErrorCode.BadHours, checked.message);
  return checked.value;
}

/** The fields of a station, from an officer's input over what was stored before. */
function fieldsFrom(input: Partial<StationInput>, before: Station | null): StationFields {
  if ((input.lat === undefined) !== (input.lng === undefined)) throw CommonError.validation([{ field: 'lng', message: '经度和纬度要一起填写' }]);
  const position = input.lat !== undefined && input.lng !== undefined ? toGcj02({ lat: input.lat, lng: input.lng }, input.coordSystem ?? 'gcj02') : null;
  const closures = input.closures ?? before?.closures ?? [];
  if (closures.some((c) => c.to < c.from)) throw new StationsError(StationsErrorCode.BadClosure);
  return {
    name: (input.name ?? before?.name ?? '').trim(),
    orgUnitId: input.orgUnitId ?? before?.orgUnitId ?? '',
    address: (input.address ?? before?.address ?? '').trim(),
    districtCode: input.districtCode ?? before?.districtCode ?? '',
    lat: position?.lat ?? before?.lat ?? 0,
    lng: position?.lng ?? before?.lng ?? 0,
    facilities: input.facilities ?? (before ? fromFacilityMask(before.facilities) : []),
    hours: input.hours ? normalisedHours(input.hours) : (before?.hours ?? normalisedHours(undefined)),
    closures,
    starLevel: input.starLevel !== undefined ? input.starLevel : (before?.starLevel ?? null),
    phone: input.phone !== undefined ? input.phone?.trim() || null : (before?.phone ?? null),
    status: input.status ?? before?.status ?? StationStatus.Open,
    accessNote: input.accessNote !== undefined ? input.accessNote?.trim() || null : (before?.accessNote ?? null),
    verifiedOn: before?.verifiedOn ?? null,
    externalId: input.externalId !== undefined ? input.externalId?.trim() || null : (before?.externalId ?? null),
  };
}

const isClient = (actor: Actor | ClientActor): actor is ClientActor => 'clientId' in actor;

/** Officers keep their subtree's stations: every change is checked for scope and audited. */
@Injectable()
export class StationAdminService {
  constructor(
    private readonly stations: StationsRepository,
    private readonly feedback: StationFeedbackRepository,
    private readonly orgs: OrgsService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly changes: ChangeFeedService,
    private readonly index: StationIndexService,
  ) {}

  async list(actor: Actor, filter: ManagedListFilter): Promise<ManagedStationListResponse> {
    const root = filter.unitId ?? actor.orgUnitId;
    if (!root) throw CommonError.forbidden();
    const units = await this.orgs.subtreeUnits(actor, root);
    const hosts = new Map(units.map((u) => [u.id, u]));
    const limit = filter.limit ?? 50;
    const offset = filter.offset ?? 0;
    const { rows, total } = await this.stations.listInUnits(units.map((u) => u.id), { text: filter.q?.trim() || undefined, status: filter.status }, FLAG_REPORT_THRESHOLD, limit, offset);
    const at = new Date();
    return {
      items: rows.map((row) => ({
        ...toListItem(row, at, null),
        host: hostOf(hosts.get(row.orgUnitId), row.orgUnitId),
        externalId: row.externalId,
        openReports: row.openReports,
        flagged: row.openReports >= FLAG_REPORT_THRESHOLD,
        verifiedOn: row.verifiedOn,
      })),
      total,
      nextOffset: offset + rows.length < total ? offset + rows.length : null,
    };
  }

  async get(actor: Actor, id: string): Promise<ManagedStation> {
    return this.view(await this.inScope(actor, id));
  }

  /** By an officer, or by an API client with `stations:write` (its subtree, audited as the client). */
  async create(actor: Actor | ClientActor, input: StationInput): Promise<ManagedStation> {
    await this.assertUnitInScope(actor, input.orgUnitId);
    const fields = fieldsFrom(input, null);
    const station = { ...toStationColumns(fields), id: randomUUID(), photoKeys: [], closedReason: null, isDemo: false };
    await this.write(async (manager) => {
      await this.stations.insert(manager, [station]);
      await this.record(actor, manager, 'station.create', station.id, station.orgUnitId, { name: station.name, externalId: station.externalId });
    });
    return this.view(await this.inScope(actor, station.id));
  }

  async update(actor: Actor | ClientActor, id: string, input: Partial<StationInput>): Promise<ManagedStation> {
    const before = await this.inScope(actor, id);
    if (input.orgUnitId && input.orgUnitId !== before.orgUnitId) await this.assertUnitInScope(actor, input.orgUnitId);
    if (before.status === StationStatus.Closed && input.status) throw new StationsError(StationsErrorCode.AlreadyClosed);
    const columns = toStationColumns(fieldsFrom(input, before));
    await this.write(async (manager) => {
      await this.stations.update(manager, id, columns);
      await this.record(actor, manager, 'station.update', id, columns.orgUnitId, { fields: Object.keys(input) });
    });
    return this.view(await this.inScope(actor, id));
  }

  async close(actor: Actor, id: string, reason: string): Promise<ManagedStation> {
    const station = await this.inScope(actor, id);
    if (station.status === StationStatus.Closed) throw new StationsError(StationsErrorCode.AlreadyClosed);
    await this.write(async (manager) => {
      await this.stations.update(manager, id, { status: StationStatus.Closed, closedReason: reason.trim() });
      await this.record(actor, manager, 'station.close', id, station.orgUnitId, { reason });
    });
    return this.get(actor, id);
  }

  async reopen(actor: Actor, id: string): Promise<ManagedStation> {
    const station = await this.inScope(actor, id);
    if (station.status !== StationStatus.Closed) throw new StationsError(StationsErrorCode.NotClosed);
    await this.write(async (manager) => {
      await this.stations.update(manager, id, { status: StationStatus.Open, closedReason: null });
      await this.record(actor, manager, 'station.reopen', id, station.orgUnitId);
    });
    return this.get(actor, id);
  }

  /** Records today's on-site check. */
  async verify(actor: Actor, id: string): Promise<ManagedStation> {
    const station = await this.inScope(actor, id);
    const today = beijingDate(new Date());
    await this.write(async (manager) => {
      await this.stations.update(manager, id, { verifiedOn: today });
      await this.record(actor, manager, 'station.verify', id, station.orgUnitId, { verifiedOn: today });
    });
    return this.get(actor, id);
  }

  async addPhoto(actor: Actor, id: string, image: string): Promise<ManagedStation> {
    const station = await this.inScope(actor, id);
    if (station.photoKeys.length >= MAX_PHOTOS) throw new StationsError(StationsErrorCode.TooManyPhotos);
    const key = await this.files.storeImage(image);
    try {
      await this.write(async (manager) => {
        const current = await this.stations.findById(id, manager);
        const keys = current?.photoKeys ?? [];
        if (keys.length >= MAX_PHOTOS) throw new StationsError(StationsErrorCode.TooManyPhotos);
        await this.stations.update(manager, id, { photoKeys: [...keys, key] });
        await this.record(actor, manager, 'station.photo-add', id, station.orgUnitId, { key });
      });
    } catch (error) {
      await this.files.discard(key);
      throw error;
    }
    return this.get(actor, id);
  }

  async removePhoto(actor: Actor, id: string, index: number): Promise<ManagedStation> {
    const station = await this.inScope(actor, id);
    const key = station.photoKeys[index];
    if (!key) throw new StationsError(StationsErrorCode.PhotoNotFound);
    await this.write(async (manager) => {
      await this.stations.update(manager, id, { photoKeys: station.photoKeys.filter((k) => k !== key) });
      await this.record(actor, manager, 'station.photo-remove', id, station.orgUnitId, { key });
    });
    await this.files.discard(key);
    return this.get(actor, id);
  }

  /** Out of scope answers 403 like the union tree does: stations are public, a 404 would hide nothing. */
  private async inScope(actor: Actor | ClientActor, id: string): Promise<Station> {
    const station = await this.stations.findById(id);
    if (!station) throw new StationsError(StationsErrorCode.NotFound);
    await this.assertUnitInScope(actor, station.orgUnitId);
    return station;
  }

  private assertUnitInScope(actor: Actor | ClientActor, unitId: string): Promise<unknown> {
    return isClient(actor) ? this.orgs.assertInClientScope(actor, unitId) : this.orgs.assertInScope(actor, unitId);
  }

  /** After the commit, this process's nearby index takes the change in before the answer goes out. */
  private async write(work: (manager: EntityManager) => Promise<void>): Promise<void> {
    await this.transactions.run(work).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new StationsError(StationsErrorCode.ExternalIdTaken);
      throw error;
    });
    await this.index.catchUp();
  }

  /** Every station write is audited and enters the change feed, both in the write's transaction. */
  private async record(actor: Actor | ClientActor, manager: EntityManager, action: string, id: string, orgUnitId: string, detail?: Record<string, unknown>): Promise<void> {
    const entry = { action, targetType: 'station', targetId: id, orgUnitId, detail };
    await (isClient(actor) ? this.audit.recordClientCall(actor, entry, manager) : this.audit.record(actor, entry, manager));
    const station = await manager.getRepository(Station).findOneByOrFail({ id });
    await this.changes.record(manager, stationChange(station, action === 'station.create' ? ChangeAction.Created : ChangeAction.Updated));
  }

  private async view(station: Station): Promise<ManagedStation> {
    const [host, rating, openReports] = await Promise.all([
      this.orgs.summaryOf(station.orgUnitId),
      this.feedback.ratingSummary(station.id),
      this.feedback.countOpenReports(station.id),
    ]);
    return {
      ...toDetail(station, {
        host: hostOf(host ?? undefined, station.orgUnitId),
        photos: station.photoKeys.map((key) => this.files.linkTo(key)),
        rating,
        at: new Date(),
        distanceMetres: null,
      }),
      externalId: station.externalId,
      openReports,
      flagged: openReports >= FLAG_REPORT_THRESHOLD,
      isDemo: station.isDemo,
      updatedAt: new Date(station.updatedAt).toISOString(),
    };
  }
}
