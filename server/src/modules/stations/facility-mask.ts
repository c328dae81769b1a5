import { FACILITIES, type Facility } from '@unionhub/shared';

/**
 * Facilities are stored as one integer, a bit per facility in the shared order: "has all of these"
 * is `(facilities & mask) = mask`, the same on MySQL, TiDB and SQLite, with no join.
 */
export function toFacilityMask(facilities: readonly Facility[]): number {
  return facilities.reduce((mask, facility) => mask | (1 << FACILITIES.indexOf(facility)), 0);
}

export function fromFacilityMask(mask: number): Facility[] {
  return FACILITIES.filter((_, bit) => (mask & (1 << bit)) !== 0);
}
