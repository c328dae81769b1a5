import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

/** The member's 互助服务卡 on file, the default payee of his claims: encrypted, its mask kept for display. */
@Entity('aid_payee_card')
export class AidPayeeCard {
  @IdColumn()
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36 })
  memberId: string;

  @Column({ type: 'varchar', length: 255 })
  cardEnc: string;

  @Column({ type: 'varchar', length: 32 })
  cardMasked: string;

  @UpdateDateColumn()
  updatedAt: Date;
}
