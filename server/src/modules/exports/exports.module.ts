import { Module } from '@nestjs/common';
import { PersonalDataModule } from '../../common/personal-data/personal-data.module';
import { AuditModule } from '../audit/audit.module';
import { OrgsModule } from '../orgs/orgs.module';
import { StationsModule } from '../stations/stations.module';
import { ClaimsExportService } from './claims-export.service';
import { ExportScopes } from './export-scope';
import { ExportsController } from './exports.controller';
import { ExportsRepository } from './exports.repository';
import { JoinStatsExportService } from './join-stats-export.service';
import { RosterExportService } from './roster-export.service';

/** The officers' Excel exports: roster, claims ledger, join statistics and stations, streamed as written. */
@Module({
  imports: [OrgsModule, AuditModule, PersonalDataModule, StationsModule],
  controllers: [ExportsController],
  providers: [ExportsRepository, ExportScopes, RosterExportService, ClaimsExportService, JoinStatsExportService],
})
export class ExportsModule {}
