import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ChangeFeedModule } from '../sync/changes/change-feed.module';
import { FilesModule } from '../files/files.module';
import { OrgsModule } from '../orgs/orgs.module';
import { StationAdminController } from './station-admin.controller';
import { StationExportService } from './station-export.service';
import { stationIndexConfig } from './nearest/station-index.config';
import { StationIndexService } from './nearest/station-index.service';
import { StationAdminService } from './station-admin.service';
import { StationFeedbackController } from './station-feedback.controller';
import { StationFeedbackRepository } from './station-feedback.repository';
import { StationFeedbackService } from './station-feedback.service';
import { StationFileReferences } from './station-file-references';
import { StationImportController } from './station-import/station-import.controller';
import { StationImportService } from './station-import/station-import.service';
import { StationRating } from './station-rating.entity';
import { StationReport } from './station-report.entity';
import { Station } from './station.entity';
import { StationsController } from './stations.controller';
import { StationSyncController } from './station-sync.controller';
import { StationsRepository } from './stations.repository';
import { StationsService } from './stations.service';

@Module({
  imports: [ConfigModule.forFeature(stationIndexConfig), TypeOrmModule.forFeature([Station, StationRating, StationReport]), OrgsModule, AuditModule, FilesModule, ChangeFeedModule],
  controllers: [StationsController, StationFeedbackController, StationAdminController, StationImportController, StationSyncController],
  providers: [StationIndexService, StationsRepository, StationFeedbackRepository, StationsService, StationFeedbackService, StationFileReferences, StationAdminService, StationImportService, StationExportService],
  exports: [StationsService, StationExportService, StationIndexService],
})
export class StationsModule {}
