import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../database/id-column';

/** One member's rating of one visit; the unique index allows one a day per station. */
@Entity('station_rating')
@Index('UQ_station_rating_day', ['stationId', 'userId', 'day'], { unique: true })
export class StationRating {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  stationId: string;

  @Column({ type: 'varchar', length: 36 })
  userId: string;

  /** Beijing date, `YYYY-MM-DD`. */
  @Column({ type: 'varchar', length: 10 })
  day: string;

  @Column({ type: 'smallint' })
  score: number;

  /** The client's key for this rating, so that a retry gets the first answer instead of a conflict. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
