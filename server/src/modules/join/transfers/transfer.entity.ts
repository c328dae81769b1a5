import type { TransferOrigin, TransferStatus } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/**
 * A member of one unit moves to another (组织关系转接), started by a join application elsewhere,
 * by the member himself or by an officer of either unit. The releasing unit's officer releases it,
 * the receiving unit's officer accepts it; either may refuse with a reason. The row stays as the
 * membership's history of moves.
 */
@Entity('transfer')
export class Transfer {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  memberId: string;

  /** The application that asked for the move, with the worker's consents and new details; null unless `origin` is `application`. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  applicationId: string | null;

  @Column({ type: 'varchar', length: 16, default: 'application' })
  origin: TransferOrigin;

  /** The account that started a member's or officer's transfer. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  startedBy: string | null;

  /**
   * The receiving side agreed when its officer started the transfer: release then completes it.
   * (A releasing-side starter's agreement is the release itself, recorded at once.)
   */
  @Column({ type: 'boolean', default: false })
  acceptedInAdvance: boolean;

  /** Why the member moves (new job, moved house), as the member or officer wrote it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  newEmployer: string | null;

  @Column({ type: 'varchar', length: 36 })
  fromUnitId: string;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  fromUnitPath: string;

  @Column({ type: 'varchar', length: 36 })
  toUnitId: string;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  toUnitPath: string;

  @Column({ type: 'varchar', length: 16 })
  status: TransferStatus;

  /** The member id while the request is open: one open transfer per member. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  openMemberId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  releasedBy: string | null;

  @Column({ type: 'datetime', nullable: true })
  releasedAt: Date | null;

  /** Who accepted or refused, and when. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  refusedBy: 'releasing' | 'receiving' | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  refuseReason: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
