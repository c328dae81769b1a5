import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrgUnit } from './org-unit.entity';
import { OrgsController } from './orgs.controller';
import { OrgsRepository } from './orgs.repository';
import { OrgsService } from './orgs.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrgUnit]), AuditModule],
  controllers: [OrgsController],
  providers: [OrgsRepository, OrgsService],
  exports: [OrgsService],
})
export class OrgsModule {}
