import { haversineMetres, type LatLng, StationStatus } from '@unionhub/shared';
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { EARTH_RADIUS_M } from '../grid';
import type { StationRow } from '../stations.repository';
import { openStateOf, type SharedSchedule } from './schedule-cache';

/** A station as the index keeps it: the list row, its hours shared with stations that have the same. */
export interface IndexedStation extends StationRow {
  schedule: SharedSchedule;
}

export interface NearestQuery {
  centre: LatLng;
  /** How many of the nearest to return (offset + page size). */
  count: number;
  maxMetres: number;
  facilityMask: number;
  /** When set, only stations open at this instant. */
  openAt: Date | null;
}

export interface NearestHit {
  station: IndexedStation;
  distance: number;
}

/** geokdbush measures in km on a 6371 km sphere; a hair of slack, then the exact metres decide. */
const kmForMetres = (metres: number): number => (metres / EARTH_RADIUS_M) * 6371 * (1 + 1e-9);

const byDistanceThenId = (a: NearestHit, b: NearestHit): number =>
  a.distance - b.distance || (a.station.id < b.station.id ? -1 : a.station.id > b.station.id ? 1 : 0);

/**
 * The open and suspended stations in a k-d tree (kdbush), searched nearest-first on the sphere
 * (geokdbush). The tree is static: a changed station goes into a small overlay that every search
 * also scans, and its tree entry is masked; `rebuilt()` folds the overlay into a new tree.
 */
export class NearestIndex {
  private readonly tree: KDBush | null;
  private readonly masked: Uint8Array;
  private readonly slotOf = new Map<string, number>();
  /** Stations changed since the tree was built; null for a station that is closed now. */
  private readonly overlay = new Map<string, IndexedStation | null>();

  constructor(private readonly stations: IndexedStation[]) {
    this.masked = new Uint8Array(stations.length);
    if (stations.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new KDBush(stations.length);
    stations.forEach((station, slot) => {
      tree.add(station.lng, station.lat);
      this.slotOf.set(station.id, slot);
    });
    tree.finish();
    this.tree = tree;
  }

  /** A station changed: its new row, or null when it is closed (or gone). */
  apply(id: string, station: IndexedStation | null): void {
    const slot = this.slotOf.get(id);
    if (slot !== undefined) this.masked[slot] = 1;
    const kept = station && station.status !== StationStatus.Closed ? station : null;
    if (kept === null && slot === undefined) this.overlay.delete(id);
    else this.overlay.set(id, kept);
  }

  get overlaySize(): number {
    return this.overlay.size;
  }

  /** Every station the index answers with. */
  get size(): number {
    let live = this.stations.length;
    for (const [id, station] of this.overlay) live += (station ? 1 : 0) - (this.slotOf.has(id) ? 1 : 0);
    return live;
  }

  /** A new index with the overlay folded into the tree. */
  rebuilt(): NearestIndex {
    const live = this.stations.filter((_, slot) => this.masked[slot] === 0);
    for (const station of this.overlay.values()) if (station) live.push(station);
    return new NearestIndex(live);
  }

  /** The `count` nearest matching stations within `maxMetres`, by exact great-circle distance, ties by id. */
  nearest(query: NearestQuery): NearestHit[] {
    const { centre, count, maxMetres, facilityMask, openAt } = query;
    const matches = (station: IndexedStation): boolean =>
      (station.facilities & facilityMask) === facilityMask && (openAt === null || openStateOf(station.schedule, station.status, openAt).openNow);
    const hits: NearestHit[] = [];
    const add = (station: IndexedStation): void => {
      const distance = haversineMetres(centre, station);
      if (distance <= maxMetres) hits.push({ station, distance });
    };
    if (this.tree) {
      const predicate = (slot: number): boolean => this.masked[slot] === 0 && matches(this.stations[slot]);
      let slots = around(this.tree, centre.lng, centre.lat, count, kmForMetres(maxMetres), predicate);
      if (slots.length === count) {
        // geokdbush orders by its own rounding: take everything up to the farthest of the first
        // `count` again, so a station tied with (or a rounding hair from) the last one is not lost.
        const farthest = Math.max(...slots.map((slot) => haversineMetres(centre, this.stations[slot])));
        slots = around(this.tree, centre.lng, centre.lat, Infinity, kmForMetres(Math.min(farthest, maxMetres)), predicate);
      }
      for (const slot of slots) add(this.stations[slot]);
    }
    for (const station of this.overlay.values()) if (station && matches(station)) add(station);
    return hits.sort(byDistanceThenId).slice(0, count);
  }
}
