import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One change sent (or to be sent) to one subscription; kept for listing and replay. */
@Entity('webhook_delivery')
@Index(['status', 'nextAttemptAt'])
@Index(['subscriptionId', 'changeSeq'], { unique: true })
export class WebhookDelivery {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  subscriptionId: string;

  @Column({ type: 'bigint' })
  changeSeq: string;

  /** The JSON body sent, exactly as signed. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 16 })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'datetime' })
  nextAttemptAt: Date;

  /** The receiver's HTTP status of the last attempt, or null when it could not be reached. */
  @Column({ type: 'int', nullable: true })
  lastStatus: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  lastError: string | null;

  @Column({ type: 'datetime', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
