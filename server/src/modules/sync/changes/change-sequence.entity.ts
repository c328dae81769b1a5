import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Named counters of the change feed: `feed` is the last number the sequencer gave out (its row
 * lock makes sequencers take turns); `webhooks` is how far deliveries have been fanned out.
 */
@Entity('change_sequence')
export class ChangeSequence {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  name: string;

  @Column({ type: 'bigint', default: 0 })
  value: string;
}
