import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type DatedClosure, ReportStatus, StationStatus, type WeeklyHours } from '@unionhub/shared';
import { Brackets, type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { type CellRanges, rowsOf } from './grid';
import { StationReport } from './station-report.entity';
import { Station } from './station.entity';

/** The columns a list item needs, read raw: no entity hydration on the hot path. */
export interface StationRow {
  id: string;
  name: string;
  address: string;
  districtCode: string;
  orgUnitId: string;
  lat: number;
  lng: number;
  facilities: number;
  starLevel: number | null;
  status: StationStatus;
  hours: WeeklyHours;
  closures: DatedClosure[];
}

export interface StationPosition {
  id: string;
  lat: number;
  lng: number;
}

export interface ManagedStationRow extends StationRow {
  externalId: string | null;
  verifiedOn: string | null;
  openReports: number;
}

const ROW_COLUMNS = ['id', 'name', 'address', 'districtCode', 'orgUnitId', 'lat', 'lng', 'facilities', 'starLevel', 'status', 'hours', 'closures'] as const;

type RawRow = Record<string, unknown>;

/** A list row whose hours and closures are still the stored JSON text. */
export interface StationRowText extends Omit<StationRow, 'hours' | 'closures'> {
  hoursText: string;
  closuresText: string;
}

/** Raw values differ by driver (MySQL's tinyint, SQLite's text); this is the one place that reads them. */
function toStationRow(raw: RawRow): StationRow {
  const { hoursText, closuresText, ...row } = toStationRowText(raw);
  return { ...row, hours: JSON.parse(hoursText) as WeeklyHours, closures: JSON.parse(closuresText) as DatedClosure[] };
}

function toStationRowText(raw: RawRow): StationRowText {
  return {
    id: String(raw.id),
    name: String(raw.name),
    address: String(raw.address),
    districtCode: String(raw.districtCode),
    orgUnitId: String(raw.orgUnitId),
    lat: Number(raw.lat),
    lng: Number(raw.lng),
    facilities: Number(raw.facilities),
    starLevel: raw.starLevel === null || raw.starLevel === undefined ? null : Number(raw.starLevel),
    status: raw.status as StationStatus,
    hoursText: String(raw.hours),
    closuresText: String(raw.closures),
  };
}

/** `%text%` for LIKE, with `!` escaping the wildcards (SQLite has no default escape character). */
export const likeContaining = (text: string): string => `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;

export interface TextFilter {
  /** Matched against name and address, or the district codes given with it. */
  text?: string;
  /** Codes of districts whose name the text names (e.g. 大兴 → 110115): their stations match too. */
  textDistricts?: string[];
  /** Only stations whose administrative code starts with this. */
  district?: string;
}

@Injectable()
export class StationsRepository {
  constructor(@InjectRepository(Station) private readonly stations: Repository<Station>) {}

  /** Which of these stored file keys are a station's photos; the keys live in a JSON column, so filtered here. */
  async photoKeysInUse(keys: string[]): Promise<string[]> {
    const wanted = new Set(keys);
    const rows = await this.stations.createQueryBuilder('s').select('s.photoKeys', 'photoKeys').where("s.photoKeys <> '[]'").getRawMany<{ photoKeys: string }>();
    return rows.flatMap((row) => JSON.parse(row.photoKeys) as string[]).filter((key) => wanted.has(key));
  }

  private selectRows(alias = 's'): SelectQueryBuilder<Station> {
    const qb = this.stations.createQueryBuilder(alias).select(`${alias}.id`, 'id');
    for (const column of ROW_COLUMNS.slice(1)) qb.addSelect(`${alias}.${column}`, column);
    return qb;
  }

  /**
   * Ids and positions of the stations in the grid cells, not closed, with every facility in
   * `facilityMask`: one index range per row of cells, and narrow rows, because near a city centre
   * the cells hold far more stations than a page shows. The caller measures the exact distance and
   * reads whole rows (`findRowsByIds`) only for the stations it returns.
   */
  async findInCells(ranges: CellRanges, facilityMask: number): Promise<StationPosition[]> {
    const raw = await this.cellsQuery(ranges, facilityMask).getRawMany<RawRow>();
    return raw.map((row) => ({ id: String(row.id), lat: Number(row.lat), lng: Number(row.lng) }));
  }

  /** Whole list rows for the given ids, in no particular order. */
  async findRowsByIds(ids: string[]): Promise<StationRow[]> {
    if (ids.length === 0) return [];
    return (await this.selectRows().where('s.id IN (:...ids)', { ids }).getRawMany<RawRow>()).map(toStationRow);
  }

  /**
   * One page, in id order, of the stations that are not closed, with hours as stored text: the
   * nearby index loads every station this way at start, a page at a time.
   */
  async pageOfOpenRows(afterId: string, limit: number): Promise<StationRowText[]> {
    const raw = await this.selectRows()
      .where('s.status <> :closed', { closed: StationStatus.Closed })
      .andWhere('s.id > :afterId', { afterId })
      .orderBy('s.id', 'ASC')
      .limit(limit)
      .getRawMany<RawRow>();
    return raw.map(toStationRowText);
  }

  /** List rows for the given ids whatever their status, hours as stored text. */
  async findRowTextsByIds(ids: string[]): Promise<StationRowText[]> {
    if (ids.length === 0) return [];
    return (await this.selectRows().where('s.id IN (:...ids)', { ids }).getRawMany<RawRow>()).map(toStationRowText);
  }

  /** The SQL `findInCells` runs, for EXPLAIN in the tests and the docs. */
  nearbySql(ranges: CellRanges, facilityMask = 0): [string, unknown[]] {
    return this.cellsQuery(ranges, facilityMask).getQueryAndParameters();
  }

  private cellsQuery(ranges: CellRanges, facilityMask: number): SelectQueryBuilder<Station> {
    const qb = this.stations
      .createQueryBuilder('s')
      .select('s.id', 'id')
      .addSelect('s.lat', 'lat')
      .addSelect('s.lng', 'lng')
      .where('s.cellRow IN (:...rows)', { rows: rowsOf(ranges) })
      .andWhere(
        new Brackets((cols) => {
          ranges.cols.forEach(([from, to], i) => cols.orWhere(`s.cellCol BETWEEN :from${i} AND :to${i}`, { [`from${i}`]: from, [`to${i}`]: to }));
        }),
      )
      .andWhere('s.status <> :closed', { closed: StationStatus.Closed });
    if (facilityMask) qb.andWhere('(s.facilities & :mask) = :mask', { mask: facilityMask });
    return qb;
  }

  async searchOpen(filter: TextFilter, limit: number, offset: number): Promise<{ rows: StationRow[]; total: number }> {
    const where = (qb: SelectQueryBuilder<Station>) => this.applyText(qb.where('s.status <> :closed', { closed: StationStatus.Closed }), filter);
    const total = await where(this.stations.createQueryBuilder('s')).getCount();
    const raw = await where(this.selectRows())
      .orderBy('CASE WHEN s.starLevel IS NULL THEN 1 ELSE 0 END', 'ASC')
      .addOrderBy('s.starLevel', 'DESC')
      .addOrderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit)
      .offset(offset)
      .getRawMany<RawRow>();
    return { rows: raw.map(toStationRow), total };
  }

  private applyText(qb: SelectQueryBuilder<Station>, filter: TextFilter): SelectQueryBuilder<Station> {
    if (filter.text) {
      qb.andWhere(
        new Brackets((any) => {
          any.where("s.name LIKE :text ESCAPE '!'", { text: likeContaining(filter.text ?? '') });
          any.orWhere("s.address LIKE :text ESCAPE '!'");
          (filter.textDistricts ?? []).forEach((code, i) => any.orWhere(`s.districtCode LIKE :named${i}`, { [`named${i}`]: `${code}%` }));
        }),
      );
    }
    if (filter.district) qb.andWhere('s.districtCode LIKE :district', { district: `${filter.district}%` });
    return qb;
  }

  findByIds(ids: string[], manager?: EntityManager): Promise<Station[]> {
    return ids.length ? (manager?.getRepository(Station) ?? this.stations).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  findById(id: string, manager?: EntityManager): Promise<Station | null> {
    return (manager?.getRepository(Station) ?? this.stations).findOneBy({ id });
  }

  /**
   * The stations of some units with their open report counts; flagged ones (at least
   * `flagThreshold` open reports) first, then by name.
   */
  async listInUnits(
    unitIds: string[],
    filter: TextFilter & { status?: StationStatus },
    flagThreshold: number,
    limit: number,
    offset: number,
  ): Promise<{ rows: ManagedStationRow[]; total: number }> {
    const where = (qb: SelectQueryBuilder<Station>) => {
      qb.where('s.orgUnitId IN (:...unitIds)', { unitIds });
      if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
      return this.applyText(qb, filter);
    };
    const total = await where(this.stations.createQueryBuilder('s')).getCount();
    const openCount = 'COALESCE(r.openReports, 0)';
    const raw = await where(this.selectRows())
      .addSelect('s.externalId', 'externalId')
      .addSelect('s.verifiedOn', 'verifiedOn')
      .addSelect(openCount, 'openReports')
      .leftJoin(
        (sub) =>
          sub
            .select('rep.stationId', 'stationId')
            .addSelect('COUNT(*)', 'openReports')
            .from(StationReport, 'rep')
            .where('rep.status = :open', { open: ReportStatus.Open })
            .groupBy('rep.stationId'),
        'r',
        'r.stationId = s.id',
      )
      .orderBy(`CASE WHEN ${openCount} >= ${Number(flagThreshold)} THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit)
      .offset(offset)
      .getRawMany<RawRow>();
    return {
      rows: raw.map((r) => ({
        ...toStationRow(r),
        externalId: r.externalId === null ? null : String(r.externalId),
        verifiedOn: r.verifiedOn === null ? null : String(r.verifiedOn),
        openReports: Number(r.openReports),
      })),
      total,
    };
  }

  /** Every station of the units, whole, for import matching and export. */
  findAllInUnits(unitIds: string[]): Promise<Station[]> {
    return this.stations.createQueryBuilder('s').where('s.orgUnitId IN (:...unitIds)', { unitIds }).orderBy('s.name', 'ASC').addOrderBy('s.id', 'ASC').getMany();
  }

  /**
   * Inserts rows that carry their own ids. `updateEntity(false)`: on sql.js TypeORM re-reads the
   * defaulted columns of a multi-row insert in another order and writes the ids back shuffled.
   */
  /** Stations of the units that a batch of import rows may stand for: by id, external id or name. */
  findMatchCandidates(manager: EntityManager, unitIds: string[], keys: { ids: string[]; externalIds: string[]; names: string[] }): Promise<Station[]> {
    const keyed = ([['s.id', keys.ids], ['s.externalId', keys.externalIds], ['s.name', keys.names]] as const).filter(([, values]) => values.length > 0);
    if (keyed.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(Station)
      .createQueryBuilder('s')
      .where('s.orgUnitId IN (:...unitIds)', { unitIds })
      .andWhere(
        new Brackets((any) => {
          keyed.forEach(([column, values], i) => any.orWhere(`${column} IN (:...key${i})`, { [`key${i}`]: values }));
        }),
      )
      .getMany();
  }

  /** One page of the units' stations in id order, for exports that must not hold them all at once. */
  findPageInUnits(unitIds: string[], afterId: string, limit: number): Promise<Station[]> {
    return this.stations.createQueryBuilder('s').where('s.orgUnitId IN (:...unitIds)', { unitIds }).andWhere('s.id > :afterId', { afterId }).orderBy('s.id', 'ASC').limit(limit).getMany();
  }

  async insert(manager: EntityManager, stations: Partial<Station>[]): Promise<void> {
    if (stations.length) await manager.createQueryBuilder().insert().into(Station).values(stations).updateEntity(false).execute();
  }

  async update(manager: EntityManager, id: string, changes: Partial<Station>): Promise<void> {
    await manager.getRepository(Station).update({ id }, changes);
  }
}
