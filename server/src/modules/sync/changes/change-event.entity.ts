import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One committed create, update or delete: the outbox row, written in the same transaction as the
 * change itself with `seq` empty. The sequencer numbers committed rows afterwards, under the
 * counter lock, so `seq` increases in the order readers may see them.
 */
@Entity('change_event')
@Index(['unitPath', 'seq'])
export class ChangeEvent {
  /**
   * Auto-increment rather than a UUID: it orders the rows still waiting for a number. A transaction
   * that starts after another has committed inserts above it, so numbering by `pos` keeps a record's
   * creation ahead of its later updates; inside one transaction it keeps the order of `record` calls.
   * `int unsigned` because SQLite allows AUTOINCREMENT only on its INTEGER key (4.29 billion events on MySQL).
   */
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  pos: number;

  /** Null until the sequencer numbers the event; readers see numbered events only. */
  @Index({ unique: true })
  @Column({ type: 'bigint', nullable: true })
  seq: string | null;

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
