import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/** An invoice number claimed once, by whoever claimed it first: the unique index settles races. */
@Entity('aid_claim_invoice')
export class ClaimInvoice {
  @IdColumn()
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  invoiceNumber: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  claimId: string;

  @CreateDateColumn()
  createdAt: Date;
}
