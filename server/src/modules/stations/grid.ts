import type { LatLng } from '@unionhub/shared';

/**
 * The grid behind nearby search. Every station stores the integer row and column of the
 * 0.01° × 0.01° cell it lies in, under one B-tree index (`cellRow`, `cellCol`). A search turns its
 * circle into the rows it touches and, per row, one column range (two across the antimeridian):
 * `cellRow IN (…) AND cellCol BETWEEN …` is a set of index ranges on MySQL, TiDB and SQLite alike,
 * with no spatial index. The exact great-circle distance is computed afterwards.
 */
export const CELL_DEGREES = 0.01;
export const ROW_COUNT = Math.round(180 / CELL_DEGREES);
export const COL_COUNT = Math.round(360 / CELL_DEGREES);

/** The mean Earth radius that `haversineMetres` uses; the bounds below must agree with it. */
export const EARTH_RADIUS_M = 6371008.8;

/** A hair of slack so rounding in the bounds never drops a station exactly on the radius. */
const MARGIN_DEGREES = 1e-7;
const DEG = 180 / Math.PI;

export interface Cell {
  row: number;
  col: number;
}

export interface CellRanges {
  rowMin: number;
  rowMax: number;
  /** Inclusive column ranges; every row in [rowMin, rowMax] uses all of them. */
  cols: [number, number][];
}

const clamp = (value: number, max: number): number => Math.min(Math.max(value, 0), max);

// Monotonic in its argument (IEEE addition, division by a positive constant and floor all are),
// so a point between two bounds always falls in a cell between the bounds' cells.
export const cellRowOf = (lat: number): number => clamp(Math.floor((lat + 90) / CELL_DEGREES), ROW_COUNT - 1);
export const cellColOf = (lng: number): number => clamp(Math.floor((lng + 180) / CELL_DEGREES), COL_COUNT - 1);

export const cellOf = ({ lat, lng }: LatLng): Cell => ({ row: cellRowOf(lat), col: cellColOf(lng) });

const ALL_COLUMNS: [number, number][] = [[0, COL_COUNT - 1]];

/**
 * The cells that hold every point within `radiusMetres` of `centre` on the sphere. The latitude
 * band is exact; the longitude half-width is the spherical cap's, asin(sin δ / cos φ), which grows
 * towards the poles (about 1.7× at 53°N, Mohe); a cap reaching a pole takes every column.
 */
export function cellRangesAround(centre: LatLng, radiusMetres: number): CellRanges {
  const delta = radiusMetres / EARTH_RADIUS_M;
  const latMin = centre.lat - delta * DEG - MARGIN_DEGREES;
  const latMax = centre.lat + delta * DEG + MARGIN_DEGREES;
  const rows = { rowMin: cellRowOf(latMin), rowMax: cellRowOf(latMax) };
  if (latMax >= 90 || latMin <= -90) return { ...rows, cols: ALL_COLUMNS };
  const ratio = Math.sin(delta) / Math.cos(centre.lat / DEG);
  if (ratio >= 1) return { ...rows, cols: ALL_COLUMNS };
  const halfWidth = Math.asin(ratio) * DEG + MARGIN_DEGREES;
  const lngMin = centre.lng - halfWidth;
  const lngMax = centre.lng + halfWidth;
  if (halfWidth >= 180) return { ...rows, cols: ALL_COLUMNS };
  if (lngMin < -180) return { ...rows, cols: [[0, cellColOf(lngMax)], [cellColOf(lngMin + 360), COL_COUNT - 1]] };
  if (lngMax > 180) return { ...rows, cols: [[0, cellColOf(lngMax - 360)], [cellColOf(lngMin), COL_COUNT - 1]] };
  return { ...rows, cols: [[cellColOf(lngMin), cellColOf(lngMax)]] };
}

export function rowsOf(ranges: CellRanges): number[] {
  return Array.from({ length: ranges.rowMax - ranges.rowMin + 1 }, (_, i) => ranges.rowMin + i);
}

export function containsCell(ranges: CellRanges, cell: Cell): boolean {
  return cell.row >= ranges.rowMin && cell.row <= ranges.rowMax && ranges.cols.some(([from, to]) => cell.col >= from && cell.col <= to);
}
