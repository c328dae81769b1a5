import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last membership sequence number issued by a unit. Keyed by the unit's id (not a fresh UUID):
 * the number is taken with a single upsert, which needs the key to be the only unique index.
 */
@Entity('member_number_counter')
export class MemberNumberCounter {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  orgUnitId: string;

  @Column({ type: 'int', default: 0 })
  lastValue: number;
}
