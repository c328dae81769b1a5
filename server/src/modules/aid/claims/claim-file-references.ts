import { Injectable, type OnModuleInit } from '@nestjs/common';
import { FileReferences } from '../../files/file-references';
import { ClaimsRepository } from './claims.repository';

/** Tells the orphan-file sweep which stored files are claim documents. */
@Injectable()
export class ClaimFileReferences implements OnModuleInit {
  constructor(
    private readonly references: FileReferences,
    private readonly claims: ClaimsRepository,
  ) {}

  onModuleInit(): void {
    this.references.register('claim-documents', (keys) => this.claims.fileKeysInUse(keys));
  }
}
