import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ReportStatus } from '@unionhub/shared';
import { type EntityManager, In, type Repository } from 'typeorm';
import { StationRating } from './station-rating.entity';
import { StationReport } from './station-report.entity';
import { Station } from './station.entity';

export interface RatingSummary {
  average: number | null;
  count: number;
}

@Injectable()
export class StationFeedbackRepository {
  constructor(
    @InjectRepository(StationRating) private readonly ratings: Repository<StationRating>,
    @InjectRepository(StationReport) private readonly reports: Repository<StationReport>,
  ) {}

  /** Which of these stored file keys are a report's photo. */
  async photoKeysInUse(keys: string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows = await this.reports.find({ select: { photoKey: true }, where: { photoKey: In(keys) } });
    return rows.map((row) => row.photoKey as string);
  }

  async ratingSummary(stationId: string): Promise<RatingSummary> {
    const raw = await this.ratings
      .createQueryBuilder('r')
      .select('AVG(r.score)', 'average')
      .addSelect('COUNT(*)', 'count')
      .where('r.stationId = :stationId', { stationId })
      .getRawOne<{ average: unknown; count: unknown }>();
    const count = Number(raw?.count ?? 0);
    return { average: count ? Math.round(Number(raw?.average) * 10) / 10 : null, count };
  }

  findRatingOfDay(stationId: string, userId: string, day: string): Promise<StationRating | null> {
    return this.ratings.findOneBy({ stationId, userId, day });
  }

  /** Throws a unique violation when the member already rated the station that day. */
  async insertRating(rating: Omit<StationRating, 'id' | 'createdAt'>): Promise<void> {
    await this.ratings.insert(rating);
  }

  findReportByRetryKey(reporterId: string, idempotencyKey: string): Promise<StationReport | null> {
    return this.reports.findOneBy({ reporterId, idempotencyKey });
  }

  findReportById(id: string, manager?: EntityManager): Promise<StationReport | null> {
    return (manager?.getRepository(StationReport) ?? this.reports).findOneBy({ id });
  }

  countReportsSince(reporterId: string, since: Date): Promise<number> {
    return this.reports.createQueryBuilder('r').where('r.reporterId = :reporterId', { reporterId }).andWhere('r.createdAt >= :since', { since }).getCount();
  }

  /** Throws a unique violation when a report with the same retry key exists. */
  async insertReport(report: Omit<StationReport, 'createdAt'>): Promise<void> {
    await this.reports.insert(report);
  }

  countOpenReports(stationId: string): Promise<number> {
    return this.reports.countBy({ stationId, status: ReportStatus.Open });
  }

  /** Open reports of the stations hosted by these units, oldest first. */
  findOpenReportsInUnits(unitIds: string[]): Promise<StationReport[]> {
    return this.reports
      .createQueryBuilder('r')
      .innerJoin(Station, 's', 's.id = r.stationId')
      .where('s.orgUnitId IN (:...unitIds)', { unitIds })
      .andWhere('r.status = :open', { open: ReportStatus.Open })
      .orderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  /** Marks an open report resolved; false when it was resolved meanwhile (no lost update). */
  async resolve(manager: EntityManager, id: string, resolvedBy: string, note: string): Promise<boolean> {
    const result = await manager
      .getRepository(StationReport)
      .update({ id, status: ReportStatus.Open }, { status: ReportStatus.Resolved, resolvedBy, resolvedAt: new Date(), resolutionNote: note });
    return (result.affected ?? 0) > 0;
  }
}
