import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgUnit } from '../orgs/org-unit.entity';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Reads OrgUnit rows directly for the log's unit filter: importing OrgsModule would be a cycle. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry, OrgUnit])],
  controllers: [AuditController],
  providers: [AuditService, AuditLogRepository, AuditLogService],
  exports: [AuditService],
})
export class AuditModule {}
