import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../database/id-column';

export type IdempotencyState = 'in-progress' | 'done';

/**
 * One client-made key of one user: the first request's fingerprint and, once it finished, its
 * response. The unique index settles concurrent duplicates: one insert wins, the rest wait for it.
 */
@Entity('idempotency_record')
@Index(['userId', 'key'], { unique: true })
export class IdempotencyRecord {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 64 })
  key: string;

  /** Method and route template, e.g. `POST /api/join/applications`. */
  @Column({ type: 'varchar', length: 100 })
  route: string;

  /** SHA-256 of the route and the canonical JSON of the body. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @Column({ type: 'varchar', length: 16 })
  state: IdempotencyState;

  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  /** The first response's JSON body; holds masked data only. */
  @Column({ type: 'text', nullable: true })
  responseBody: string | null;

  /** When the current attempt began; an attempt that ran too long is taken over. */
  @Column({ type: 'datetime' })
  startedAt: Date;

  /** A random token of the current attempt: only its owner may complete or free the key. */
  @Column({ type: 'varchar', length: 36 })
  attempt: string;

  @Index()
  @CreateDateColumn()
  createdAt: Date;
}
