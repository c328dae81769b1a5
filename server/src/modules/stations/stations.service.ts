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
import { type StationRow, StationsRepository } from './stations.repository';

export const DEFAULT_RADIUS_M = 5000;
export const DEFAULT_PAGE_SIZE = 20;

const nextOffset = (offset: number, count: number, total: number): number | null => (offset + count < total ? offset + count : null);

/** Finding and reading stations: open to everyone, no sign-in. */
@Injectable()
export class StationsService {
  constructor(
    private readonly stations: StationsRepository,
    private readonly feedback: StationFeedbackRepository,
    private readonly orgs: OrgsService,
    private readonly files: FilesService,
  ) {}

  /**
   * Stations within the radius by true great-circle distance, nearest first (ties by id). The grid
   * narrows the rows read through the index; the distance check decides.
   */
  async nearby(query: NearbyStationsQuery, at = new Date()): Promise<NearbyStationsResponse> {
    const centre: LatLng = { lat: query.lat, lng: query.lng };
    const radius = query.radius ?? DEFAULT_RADIUS_M;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const offset = query.offset ?? 0;
    const rows = await this.stations.findInCells(cellRangesAround(centre, radius), toFacilityMask(query.facilities ?? []));
    const hits = rows
      .map((row) => ({ row, distance: haversineMetres(centre, row) }))
      .filter((hit) => hit.distance <= radius)
      .sort((a, b) => a.distance - b.distance || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
    // Open-now needs every hit's state; otherwise only the page's stations are worked out.
    const matching: { row: StationRow; distance: number; item?: StationListItem }[] = query.openNow
      ? hits.map((hit) => ({ ...hit, item: toListItem(hit.row, at, hit.distance) })).filter((hit) => hit.item.openNow)
      : hits;
    const page = matching.slice(offset, offset + limit).map((hit) => hit.item ?? toListItem(hit.row, at, hit.distance));
    return { items: page, total: matching.length, radius, nextOffset: nextOffset(offset, page.length, matching.length), at: at.toISOString() };
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
