import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/**
 * One committed create, update or delete, written in the same transaction as the change itself.
 * `seq` is taken from `change_sequence` under its row lock, so it increases in commit order.
 */
@Entity('change_event')
@Index(['unitPath', 'seq'])
export class ChangeEvent {
  @IdColumn()
  id: string;

  @Index({ unique: true })
  @Column({ type: 'bigint' })
  seq: string;

  @Column({ type: 'varchar', length: 16 })
  type: string;

  @Column({ type: 'varchar', length: 16 })
  action: string;

  @Column({ type: 'varchar', length: 36 })
  subjectId: string;

  @Column({ type: 'varchar', length: 36 })
  unitId: string;

  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  /** A transfer touches two units; both see it. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  otherUnitPath: string | null;

  /** JSON snapshot after the change, personal data already masked. */
  @Column({ type: 'text' })
  data: string;

  @CreateDateColumn()
  createdAt: Date;
}
