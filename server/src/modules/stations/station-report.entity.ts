import type { ReportKind, ReportStatus } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../database/id-column';

/** A member's report of a problem at a station, for the host unit's officers to resolve. */
@Entity('station_report')
@Index('IDX_station_report_open', ['stationId', 'status'])
@Index('UQ_station_report_retry', ['reporterId', 'idempotencyKey'], { unique: true })
export class StationReport {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  stationId: string;

  @Column({ type: 'varchar', length: 36 })
  reporterId: string;

  @Column({ type: 'varchar', length: 24 })
  kind: ReportKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  photoKey: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: ReportStatus;

  @Column({ type: 'varchar', length: 36, nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'datetime', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  resolutionNote: string | null;

  /** The client's key, so that a retried upload files one report. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
