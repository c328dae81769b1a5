import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

export type MemberStatus = 'active' | 'revoked' | 'transferred';
/** `join`: from a WeChat join application; `import`: from an officer's roster file, no account until the person joins. */
export type MemberOrigin = 'join' | 'import';

/** A person's membership of one unit. ID number and phone are encrypted and found by keyed hash. */
@Entity('member')
export class Member {
  @IdColumn()
  id: string;

  /** NULL for an imported member until the person signs in and joins, which claims the membership. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 36 })
  orgUnitId: string;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  /** `<unit code>-<year>-<sequence>`, e.g. `BJ-DX-PGZ-2026-000042`. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 48 })
  memberNumber: string;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'varchar', length: 255 })
  idNumberEnc: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  idHash: string;

  @Column({ type: 'varchar', length: 255 })
  phoneEnc: string;

  @Column({ type: 'varchar', length: 64 })
  phoneHash: string;

  @Column({ type: 'varchar', length: 16 })
  status: MemberStatus;

  /** The ID hash while active, NULL otherwise: at most one active membership per person. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  activeIdHash: string | null;

  /** The account while active, NULL otherwise: one card per WeChat account. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  activeUserId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  applicationId: string | null;

  @Column({ type: 'varchar', length: 16, default: 'join' })
  origin: MemberOrigin;

  /** YYYY-MM-DD, China time */
  @Column({ type: 'varchar', length: 10 })
  joinedOn: string;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
