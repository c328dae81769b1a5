import type { ApplicationStatus, IdentityCheckOutcome, JoinHoldReason, Occupation, PhoneVerification } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/** A worker's request to join a unit, with the consents he gave. ID number and phone are encrypted. */
@Entity('join_application')
@Index(['status', 'unitPath', 'createdAt'])
export class JoinApplication {
  @IdColumn()
  id: string;

  /** The account that applied; only it sees the application and the card. */
  @Index()
  @Column({ type: 'varchar', length: 36 })
  userId: string;

  /** Null when the worker chose a district pool instead of scanning a channel. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  channelId: string | null;

  @Column({ type: 'varchar', length: 36 })
  orgUnitId: string;

  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  @Column({ type: 'varchar', length: 16 })
  status: ApplicationStatus;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'varchar', length: 255 })
  idNumberEnc: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  idHash: string;

  @Column({ type: 'varchar', length: 255 })
  phoneEnc: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  phoneHash: string;

  /**
   * The ID hash while the application is pending, NULL otherwise: a unique index allows many
   * NULLs, so this keeps one pending application per person on every database, under any race.
   */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  pendingIdHash: string | null;

  @Column({ type: 'varchar', length: 24 })
  occupation: Occupation;

  @Column({ type: 'varchar', length: 50 })
  employer: string;

  @Column({ type: 'varchar', length: 12 })
  workDistrict: string;

  @Column({ type: 'varchar', length: 20 })
  privacyPolicyVersion: string;

  @Column({ type: 'datetime' })
  privacyConsentAt: Date;

  /** The separate consent to process sensitive personal information (the ID number). */
  @Column({ type: 'datetime' })
  sensitiveConsentAt: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  rejectReason: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  /** The membership issued on approval, or the existing one a transfer starts from. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  memberId: string | null;

  /** How the phone was proven the applicant's; null on applications from before phones were verified. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  phoneVerifiedBy: PhoneVerification | null;

  @Column({ type: 'varchar', length: 12, default: 'not-run' })
  identityCheck: IdentityCheckOutcome;

  /** Why it waits for an officer when the channel would not have made it wait; never shown to the applicant. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  holdReason: JoinHoldReason | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
