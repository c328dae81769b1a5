import type { TransferStatus } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/**
 * A member of one unit asked to join another (组织关系转接). The releasing unit's officer
 * releases it, the receiving unit's officer accepts it; either may refuse with a reason. The row
 * stays as the membership's history of moves.
 */
@Entity('transfer')
export class Transfer {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  memberId: string;

  /** The application that asked for the move, with the worker's consents and new details. */
  @Column({ type: 'varchar', length: 36 })
  applicationId: string;

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
