import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

const fen = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/** One bank payment file: the approved claims it carried and, once the bank answered, the outcome. */
@Entity('aid_payout_batch')
export class PayoutBatch {
  @IdColumn()
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  orgUnitId: string;

  @Column({ type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ type: 'int' })
  claimCount: number;

  @Column({ type: 'bigint', transformer: fen })
  totalAmount: number;

  @Column({ type: 'int', default: 0 })
  paidCount: number;

  @Column({ type: 'int', default: 0 })
  failedCount: number;

  @Column({ type: 'datetime', nullable: true })
  settledAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
