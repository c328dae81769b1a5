import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../audit/audit.module';
import { OrgsModule } from '../../orgs/orgs.module';
import { ApiClient } from './api-client.entity';
import { ApiClientsRepository } from './api-clients.repository';
import { ApiClientsService } from './api-clients.service';

/** Separate from the sync module because the global access guard needs it to authenticate clients. */
@Module({
  imports: [TypeOrmModule.forFeature([ApiClient]), OrgsModule, AuditModule],
  providers: [ApiClientsRepository, ApiClientsService],
  exports: [ApiClientsService],
})
export class ApiClientsModule {}
