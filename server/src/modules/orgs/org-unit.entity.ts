import { IdColumn } from '../../database/id-column';
import type { OrgKind, OrgLevel } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';

@Entity('org_unit')
export class OrgUnit {
  @IdColumn()
  id: string;

  /** Short human code, stable across renames, e.g. `BJ-DX-PGZ`; used in demo sign-in and exports. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  level: OrgLevel;

  @Column({ type: 'varchar', length: 16 })
  kind: OrgKind;

  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId: string | null;

  /**
   * Materialised path of ids from the root, `/<rootId>/…/<ownId>/`: a subtree is one indexed
   * prefix match, portable to MySQL, TiDB and SQLite alike.
   */
  @Index()
  @Column({ type: 'varchar', length: 255 })
  path: string;

  /** GB/T 2260 administrative division code of the area the unit covers. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
