import { Module } from '@nestjs/common';
import { OrgsModule } from '../orgs/orgs.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

/** The officer dashboard: read-only aggregates over join, stations and mutual-aid claims. */
@Module({
  imports: [OrgsModule],
  controllers: [DashboardController],
  providers: [DashboardRepository, DashboardService],
})
export class DashboardModule {}
