import type { JoinHoldReason } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/**
 * A join that named the ID number of an existing membership but could not take it (another phone
 * or name, another unit, already bound). Counted per ID number and China day across accounts.
 */
@Entity('join_claim_attempt')
@Index(['idHash', 'day'])
@Index(['orgUnitId', 'day'])
export class JoinClaimAttempt {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 64 })
  idHash: string;

  /** YYYY-MM-DD in China time. */
  @Column({ type: 'varchar', length: 10 })
  day: string;

  /** The account that tried. */
  @Column({ type: 'varchar', length: 36 })
  userId: string;

  /** The unit that holds the membership: its officers see the attempts. */
  @Column({ type: 'varchar', length: 36 })
  orgUnitId: string;

  @Column({ type: 'varchar', length: 24 })
  reason: JoinHoldReason;

  /** The unit whose code the attempt came through (often not the membership's own); null before it was kept. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  viaUnitId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  viaChannelId: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
