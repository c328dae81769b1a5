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
    const positions = await this.stations.findInCells(cellRangesAround(centre, radius), toFacilityMask(query.facilities ?? []));
    const hits = positions
      .map((position) => ({ id: position.id, distance: haversineMetres(centre, position) }))
      .filter((hit) => hit.distance <= radius)
      .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // Open-now needs every hit's hours; otherwise only the page's stations are read whole.
    const matching = query.openNow ? (await this.listItems(hits, at)).filter((item) => item.openNow) : null;
    const total = matching?.length ?? hits.length;
    const page = matching ? matching.slice(offset, offset + limit) : await this.listItems(hits.slice(offset, offset + limit), at);
    return { items: page, total, radius, nextOffset: nextOffset(offset, page.length, total), at: at.toISOString() };
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
