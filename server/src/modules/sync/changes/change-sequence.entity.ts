import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The single counter that orders the change feed. Bumping it locks its row until the writer's
 * transaction ends, so no later writer can take a number until the earlier one has committed.
 */
@Entity('change_sequence')
export class ChangeSequence {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  name: string;

  @Column({ type: 'bigint', default: 0 })
  value: string;
}
