import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/**
 * A one-time SMS code sent to prove a phone number is the account holder's. Only a keyed hash of
 * the code is kept (HMAC with the lookup-hash key and the row id), and only the phone's lookup hash.
 */
@Entity('phone_code')
@Index(['userId', 'phoneHash', 'createdAt'])
@Index(['phoneHash', 'createdAt'])
export class PhoneCode {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 64 })
  phoneHash: string;

  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  /** Every check counts, the right one included, so concurrent guesses cannot pass the limit. */
  @Column({ type: 'int', default: 0 })
  tries: number;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  usedAt: Date | null;

  @Index()
  @CreateDateColumn()
  createdAt: Date;
}
