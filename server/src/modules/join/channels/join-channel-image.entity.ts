import { Column, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/**
 * The channel's 小程序码 as WeChat made it, kept so that WeChat is asked once. Stored in parts of
 * at most 60 000 bytes: a plain `blob` holds 64 KB on MySQL, and SQLite knows no larger blob type.
 */
@Entity('join_channel_image')
@Index(['channelId', 'part'], { unique: true })
export class JoinChannelImage {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  channelId: string;

  @Column({ type: 'int' })
  part: number;

  @Column({ type: 'blob' })
  bytes: Buffer;
}
