import { IdColumn } from '../../database/id-column';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';

/** Who did what to which record, when and from where. Written once, never updated. */
@Entity('audit_entry')
@Index(['orgUnitId', 'createdAt'])
export class AuditEntry {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  actorId: string;

  @Column({ type: 'varchar', length: 16 })
  actorRole: string;

  /** Dotted verb, e.g. `org.create`, `member.reveal-id`. */
  @Index()
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 32 })
  targetType: string;

  @Column({ type: 'varchar', length: 36 })
  targetId: string;

  /** The unit the target belongs to, so auditors can filter by subtree. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  orgUnitId: string | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  /** Masked, JSON-encoded detail of the change. */
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
