import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

export type ApiClientStatus = 'active' | 'revoked';

/** An officer tool registered by an admin: what it may do, in which unit subtree. */
@Entity('api_client')
export class ApiClient {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 36 })
  unitId: string;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  /** Comma-separated `SyncPermission` values. */
  @Column({ type: 'varchar', length: 255 })
  permissions: string;

  /** SHA-256 of the secret: the secret is 32 random bytes, so a slow hash adds nothing. */
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ type: 'varchar', length: 16 })
  status: ApiClientStatus;

  @Column({ type: 'varchar', length: 36 })
  createdBy: string;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  rotatedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;
}
