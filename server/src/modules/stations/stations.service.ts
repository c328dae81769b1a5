import { Injectable } from '@nestjs/common';
import {
  beijingDistrictsNamed,
  haversineMetres,
  type LatLng,
  type NearbyStationsQuery,
  type NearbyStationsResponse,
  type StationDetail,
  type StationListItem,
  type StationSearchQuery,
  type StationSearchResponse,
} from '@unionhub/shared';
import { FilesService } from '../files/files.service';
import { OrgsService } from '../orgs/orgs.service';
import { toFacilityMask } from './facility-mask';
import { cellRangesAround } from './grid';
import { StationFeedbackRepository } from './station-feedback.repository';
import { hostOf, toDetail, toListItem } from './station-view';
import { StationsError, StationsErrorCode } from './stations.errors';
import { StationsRepository } from './stations.repository';
import { openStateOf } from './nearest/schedule-cache';
import { StationIndexService } from './nearest/station-index.service';

function nearbyTerms(query: NearbyStationsQuery): { centre: LatLng; radius: number; limit: number; offset: number } {
  return { centre: { lat: query.lat, lng: query.lng }, radius: query.radius ?? MAX_RADIUS_M, limit: query.limit ?? DEFAULT_PAGE_SIZE, offset: query.offset ?? 0 };
}

/** The farthest a nearby search looks when no radius is given, and the most it may ask for. */
export const MAX_RADIUS_M = 50_000;
export const DEFAULT_PAGE_SIZE = 20;
/** The SQL path looks this far first, then four times as far, up to the radius. */
const FIRST_RING_M = 5000;
const RING_GROWTH = 4;

/** The furthest a page may start (the query's offset limit). */
export const MAX_NEARBY_OFFSET = 1000;

const nextOffset = (offset: number, count: number, limit: number): number | null =>
  count === limit && offset + count <= MAX_NEARBY_OFFSET ? offset + count : null;
const byDistanceThenId = (a: { id: string; distance: number }, b: { id: string; distance: number }): number =>
  a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Finding and reading stations: open to everyone, no sign-in. */
@Injectable()
export class StationsService {
  constructor(
    private readonly stations: StationsRepository,
    private readonly feedback: StationFeedbackRepository,
    private readonly orgs: OrgsService,
    private readonly files: FilesService,
    private readonly index: StationIndexService,
  ) {}

  /**
   * The nearest matching stations within the radius, by true great-circle distance (ties by id),
   * from this process's index, or from the database while the index is loading. Paging by offset
   * walks the same order.
   */
  async nearby(query: NearbyStationsQuery, at = new Date()): Promise<NearbyStationsResponse> {
    return this.index.ready ? this.nearbyFromIndex(query, at) : this.nearbyFromDatabase(query, at);
  }

  nearbyFromIndex(query: NearbyStationsQuery, at = new Date()): NearbyStationsResponse {
    const { centre, radius, limit, offset } = nearbyTerms(query);
    const hits = this.index.nearest({ centre, count: offset + limit, maxMetres: radius, facilityMask: toFacilityMask(query.facilities ?? []), openAt: query.openNow ? at : null });
    if (hits === null) throw new Error('station index not loaded');
    const items = hits.slice(offset).map((hit) => toListItem(hit.station, at, hit.distance, openStateOf(hit.station.schedule, hit.station.status, at)));
    return { items, radius, nextOffset: nextOffset(offset, items.length, limit), at: at.toISOString() };
  }

  /**
   * The same answer from the database: the grid cells of a first ring, then of rings four times
   * wider, until enough stations match or the radius is reached. Everything within a ring is
   * nearer than anything outside it, so the first `offset + limit` of a ring that has them are
   * the nearest.
   */
  async nearbyFromDatabase(query: NearbyStationsQuery, at = new Date()): Promise<NearbyStationsResponse> {
    const { centre, radius, limit, offset } = nearbyTerms(query);
    const wanted = offset + limit;
    const mask = toFacilityMask(query.facilities ?? []);
    let found: StationListItem[] = [];
    for (let ring = Math.min(FIRST_RING_M, radius); ; ring = Math.min(ring * RING_GROWTH, radius)) {
      const hits = (await this.stations.findInCells(cellRangesAround(centre, ring), mask))
        .map((position) => ({ id: position.id, distance: haversineMetres(centre, position) }))
        .filter((hit) => hit.distance <= ring)
        .sort(byDistanceThenId);
      // Open-now needs the hours of every hit; otherwise only the wanted ones are read whole.
      found = query.openNow ? (await this.listItems(hits, at)).filter((item) => item.openNow) : await this.listItems(hits.slice(0, wanted), at);
      if (found.length >= wanted || ring >= radius) break;
    }
    const items = found.slice(offset, wanted);
    return { items, radius, nextOffset: nextOffset(offset, items.length, limit), at: at.toISOString() };
  }

  /** List items for the hits, in the hits' order. */
  private async listItems(hits: { id: string; distance: number }[], at: Date): Promise<StationListItem[]> {
    const rows = new Map((await this.stations.findRowsByIds(hits.map((hit) => hit.id))).map((row) => [row.id, row]));
    return hits.flatMap((hit) => {
      const row = rows.get(hit.id);
      return row ? [toListItem(row, at, hit.distance)] : [];
    });
  }

  /** For a worker who shares no location: by name, address or district; best-rated first. */
  async search(query: StationSearchQuery, at = new Date()): Promise<StationSearchResponse> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const offset = query.offset ?? 0;
    const text = query.q?.trim() || undefined;
    const { rows, total } = await this.stations.searchOpen(
      { text, textDistricts: text ? beijingDistrictsNamed(text).map((d) => d.code) : [], district: query.district },
      limit,
      offset,
    );
    return { items: rows.map((row) => toListItem(row, at, null)), total, nextOffset: nextOffset(offset, rows.length, total), at: at.toISOString() };
  }

  async detail(id: string, from: LatLng | null, at = new Date()): Promise<StationDetail> {
    const station = await this.stations.findById(id);
    if (!station) throw new StationsError(StationsErrorCode.NotFound);
    const [host, rating] = await Promise.all([this.orgs.summaryOf(station.orgUnitId), this.feedback.ratingSummary(id)]);
    return toDetail(station, {
      host: hostOf(host ?? undefined, station.orgUnitId),
      photos: station.photoKeys.map((key) => this.files.linkTo(key)),
      rating,
      at,
      distanceMetres: from ? haversineMetres(from, station) : null,
    });
  }
}
