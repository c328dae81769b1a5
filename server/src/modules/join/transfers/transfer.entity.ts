import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

export type TransferStatus = 'requested';

/**
 * A member of one unit asked to join another (组织关系转接). Recorded here and listed to both
 * units' officers; deciding it is a later feature.
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

  @CreateDateColumn()
  createdAt: Date;
}
