import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../database/id-column';

/**
 * One accepted tap on a WeChat subscribe request: WeChat allows one message per acceptance,
 * so each send consumes one grant.
 */
@Entity('subscribe_grant')
@Index(['userId', 'templateId', 'consumedAt'])
export class SubscribeGrant {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 64 })
  templateId: string;

  @Column({ type: 'datetime', nullable: true })
  consumedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
