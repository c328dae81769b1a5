import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../database/id-column';

/** A message to one user inside the app. Holds no personal data beyond what the user may see. */
@Entity('notification')
@Index(['userId', 'createdAt'])
export class Notification {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 40 })
  title: string;

  @Column({ type: 'varchar', length: 300 })
  body: string;

  /** A mini-program page to open, e.g. `/member/card/index`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  link: string | null;

  @Column({ type: 'datetime', nullable: true })
  readAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
