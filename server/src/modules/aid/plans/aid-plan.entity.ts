import type { AidPlanCategory, ClaimDocumentKind, FilingDeadline, Occupation, PayoutRule } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/** A mutual-aid plan (互助保障项目): who it covers, for how long, what it pays and what a claim must carry. */
@Entity('aid_plan')
export class AidPlan {
  @IdColumn()
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  category: AidPlanCategory;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  coverageFrom: string;

  @Column({ type: 'varchar', length: 10 })
  coverageUntil: string;

  @Column({ type: 'int' })
  waitingDays: number;

  @Column({ type: 'simple-json' })
  filingDeadline: FilingDeadline;

  @Column({ type: 'simple-json' })
  payoutRule: PayoutRule;

  @Column({ type: 'simple-json' })
  requiredDocuments: ClaimDocumentKind[];

  /** Enrolls every new member (of `autoEnrollOccupations`, when set) as the membership is created. */
  @Column({ type: 'boolean', default: false })
  autoEnrollOnJoin: boolean;

  @Column({ type: 'simple-json', nullable: true })
  autoEnrollOccupations: Occupation[] | null;

  @CreateDateColumn()
  createdAt: Date;
}
