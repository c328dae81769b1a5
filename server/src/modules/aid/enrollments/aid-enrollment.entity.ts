import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/** A member's coverage under one plan for one period; one enrollment per member, plan and start. */
@Entity('aid_enrollment')
@Index(['memberId', 'planId', 'validFrom'], { unique: true })
export class AidEnrollment {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  planId: string;

  @Column({ type: 'varchar', length: 36 })
  memberId: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 36 })
  orgUnitId: string;

  @Column({ type: 'varchar', length: 10 })
  validFrom: string;

  @Column({ type: 'varchar', length: 10 })
  validUntil: string;

  @CreateDateColumn()
  createdAt: Date;
}
