import { Module } from '@nestjs/common';
import { StationsModule } from '../stations/stations.module';
import { HealthController } from './health.controller';

@Module({ imports: [StationsModule], controllers: [HealthController] })
export class HealthModule {}
