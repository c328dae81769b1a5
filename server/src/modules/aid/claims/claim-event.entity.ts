import type { ClaimStatus } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/** One step of a claim's history: who moved it, from where to where, and why. */
@Entity('aid_claim_event')
export class ClaimEvent {
  @IdColumn()
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  claimId: string;

  @Column({ type: 'varchar', length: 24 })
  action: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: ClaimStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus: ClaimStatus;

  @Column({ type: 'varchar', length: 36 })
  actorId: string;

  @Column({ type: 'varchar', length: 16 })
  actorRole: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  /** The claim's version after this step: orders the history exactly. */
  @Column({ type: 'int' })
  version: number;

  @CreateDateColumn()
  createdAt: Date;
}
