import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/** An API client's request to be called at `url` when changes of `types` happen in its subtree. */
@Entity('webhook_subscription')
export class WebhookSubscription {
  @IdColumn()
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  clientId: string;

  @Column({ type: 'varchar', length: 500 })
  url: string;

  /** Comma-separated `ChangeType` values. */
  @Column({ type: 'varchar', length: 120 })
  types: string;

  /** The signing secret, encrypted: the server must sign with it, so a hash would not do. */
  @Column({ type: 'varchar', length: 255 })
  secretEnc: string;

  @Column({ type: 'varchar', length: 16 })
  status: 'active' | 'removed';

  @CreateDateColumn()
  createdAt: Date;
}
