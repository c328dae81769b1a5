import type { ClaimStatus } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/** A member's claim under one enrollment. Money in fen; the bank account encrypted, its mask kept for display. */
@Entity('aid_claim')
@Index(['unitPath', 'status'])
export class Claim {
  @IdColumn()
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 36 })
  memberId: string;

  @Column({ type: 'varchar', length: 36 })
  planId: string;

  @Column({ type: 'varchar', length: 36 })
  enrollmentId: string;

  @Column({ type: 'varchar', length: 36 })
  orgUnitId: string;

  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  @Column({ type: 'varchar', length: 16 })
  status: ClaimStatus;

  /** Bumped by every move: decisions are conditional on the version the officer saw. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 10 })
  eventDate: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  dischargeDate: string | null;

  @Column({ type: 'varchar', length: 60 })
  hospital: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  insuranceTxn: string | null;

  @Column({ type: 'simple-json' })
  invoiceNumbers: string[];

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  totalExpenses: number;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  eligibleExpenses: number;

  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) } })
  approvedAmount: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) } })
  pendingApprovalAmount: number | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  pendingApprovalBy: string | null;

  @Column({ type: 'varchar', length: 30 })
  payeeName: string;

  /** The member's reason when someone else is paid; null when he is paid himself. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  payeeReason: string | null;

  /** The officer who confirmed another payee; until then such a claim cannot be approved. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  payeeApprovedBy: string | null;

  @Column({ type: 'varchar', length: 255 })
  bankAccountEnc: string;

  @Column({ type: 'varchar', length: 32 })
  bankAccountMasked: string;

  /** An invoice number of this claim was already claimed elsewhere: the officer must look. */
  @Column({ type: 'boolean', default: false })
  flaggedDuplicate: boolean;

  /** The payment batch that last carried this claim to the bank. */
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  payoutBatchId: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  submittedOn: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
