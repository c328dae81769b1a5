import { Injectable, type OnModuleInit } from '@nestjs/common';
import { FileReferences } from '../files/file-references';
import { StationFeedbackRepository } from './station-feedback.repository';
import { StationsRepository } from './stations.repository';

/** Tells the orphan-file sweep which stored files are station photos or report photos. */
@Injectable()
export class StationFileReferences implements OnModuleInit {
  constructor(
    private readonly references: FileReferences,
    private readonly stations: StationsRepository,
    private readonly feedback: StationFeedbackRepository,
  ) {}

  onModuleInit(): void {
    this.references.register('station-photos', (keys) => this.stations.photoKeysInUse(keys));
    this.references.register('station-report-photos', (keys) => this.feedback.photoKeysInUse(keys));
  }
}
