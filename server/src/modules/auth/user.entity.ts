import { IdColumn } from '../../database/id-column';
import type { Role } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';

/** A person who signs in: by WeChat (openid) or, in development, by a demo account name. */
@Entity('app_user')
export class User {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'varchar', length: 50 })
  nickname: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  openid: string | null;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  devAccount: string | null;

  /** The unit an officer or admin acts for; null for members. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  orgUnitId: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null;
}
