import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/**
 * One refresh token of a session. A session (family) starts at sign-in; each refresh spends the
 * current token (`usedAt`) and adds the next one to the same family. Only a hash is stored: the
 * token is 32 random bytes, so a plain SHA-256 cannot be reversed or guessed.
 */
@Entity('refresh_token')
@Index(['userId', 'revokedAt'])
export class RefreshToken {
  @IdColumn()
  id: string;

  /** The session: every token handed out since one sign-in. */
  @Index()
  @Column({ type: 'varchar', length: 36 })
  familyId: string;

  @Column({ type: 'varchar', length: 36 })
  userId: string;

  /** SHA-256 of the token, hex. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  /** Set when the token was exchanged for the next one; a second use means it was copied. */
  @Column({ type: 'datetime', nullable: true })
  usedAt: Date | null;

  /** Set on sign-out, on an officer's "end sessions", and on every token of a family whose token was reused. */
  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
