import type { ClaimDocumentKind } from '@unionhub/shared';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { IdColumn } from '../../../database/id-column';

@Entity('aid_claim_document')
export class ClaimDocument {
  @IdColumn()
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  claimId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: ClaimDocumentKind;

  @Column({ type: 'varchar', length: 64 })
  fileKey: string;

  @Column({ type: 'varchar', length: 32 })
  contentType: string;

  @Column({ type: 'int' })
  size: number;

  /** SHA-256 of the stored bytes, for the auditor and to spot the same photo sent twice. */
  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @CreateDateColumn()
  createdAt: Date;
}
