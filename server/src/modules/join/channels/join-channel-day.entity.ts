import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A channel's counters for one day. Keyed by (channel, day) rather than a UUID: the counters are
 * bumped with a single upsert, which needs the row's key to be its only unique index.
 */
@Entity('join_channel_day')
export class JoinChannelDay {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  channelId: string;

  /** YYYY-MM-DD, China time */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @Column({ type: 'int', default: 0 })
  scans: number;

  @Column({ type: 'int', default: 0 })
  starts: number;

  @Column({ type: 'int', default: 0 })
  submissions: number;

  @Column({ type: 'int', default: 0 })
  approvals: number;

  @Column({ type: 'int', default: 0 })
  rejections: number;
}
