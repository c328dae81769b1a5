import type { JoinChannelKind, ReviewMode } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/** A QR code made for one event, station, employer or street team; it decides the unit joiners belong to. */
@Entity('join_channel')
export class JoinChannel {
  @IdColumn()
  id: string;

  /** Short, random and opaque: the 小程序码 `scene` and the `?scene=` of the printed link. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'varchar', length: 40 })
  title: string;

  @Column({ type: 'varchar', length: 16 })
  kind: JoinChannelKind;

  @Column({ type: 'varchar', length: 36 })
  orgUnitId: string;

  /** The unit's materialised path, copied so that an officer's list is one prefix match. */
  @Index()
  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  @Column({ type: 'varchar', length: 16 })
  reviewMode: ReviewMode;

  /** First and last day (YYYY-MM-DD, China time) the code takes joins. */
  @Column({ type: 'varchar', length: 10 })
  validFrom: string;

  @Column({ type: 'varchar', length: 10 })
  validUntil: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  welcomeGift: string | null;

  @Column({ type: 'varchar', length: 36 })
  createdBy: string;

  @CreateDateColumn()
  createdAt: Date;
}
