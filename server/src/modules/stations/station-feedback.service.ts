import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type CreateStationReportRequest,
  FLAG_REPORT_THRESHOLD,
  type ReportQueueResponse,
  type ReportQueueStation,
  ReportStatus,
  StationStatus,
  type StationRatingResult,
  type StationReportView,
} from '@unionhub/shared';
import type { Actor } from '../../common/actor';
import { CommonError } from '../../common/common.errors';
import { TransactionRunner } from '../../database/transaction-runner';
import { isUniqueViolation } from '../../database/unique-violation';
import { AuditService } from '../audit/audit.service';
import { FilesService } from '../files/files.service';
import { OrgsService } from '../orgs/orgs.service';
import { beijingDate } from './opening-hours';
import { StationFeedbackRepository } from './station-feedback.repository';
import type { StationReport } from './station-report.entity';
import { hostOf } from './station-view';
import type { Station } from './station.entity';
import { StationsError, StationsErrorCode } from './stations.errors';
import { StationsRepository } from './stations.repository';

/** Enough for a worker who really is reporting; a flood stops here. */
const MAX_REPORTS_PER_DAY = 10;
const DAY_MS = 24 * 3600 * 1000;

/** Members rate visits and report problems; the host unit's officers work through the reports. */
@Injectable()
export class StationFeedbackService {
  constructor(
    private readonly stations: StationsRepository,
    private readonly feedback: StationFeedbackRepository,
    private readonly orgs: OrgsService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Once a day per station: the unique index decides; a retry with the same key gets the first answer. */
  async rate(actor: Actor, stationId: string, score: number, retryKey: string | null): Promise<StationRatingResult> {
    await this.openStation(stationId);
    const day = beijingDate(new Date());
    try {
      await this.feedback.insertRating({ stationId, userId: actor.userId, day, score, idempotencyKey: retryKey });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const first = await this.feedback.findRatingOfDay(stationId, actor.userId, day);
      const isRetry = retryKey !== null && first?.idempotencyKey === retryKey && first.score === score;
      if (!isRetry) throw new StationsError(StationsErrorCode.AlreadyRatedToday);
    }
    return { score, day, rating: await this.feedback.ratingSummary(stationId) };
  }

  async report(actor: Actor, stationId: string, input: CreateStationReportRequest, retryKey: string | null): Promise<StationReportView> {
    if (retryKey) {
      const first = await this.feedback.findReportByRetryKey(actor.userId, retryKey);
      if (first) return this.replay(first, stationId, input);
    }
    await this.openStation(stationId);
    if ((await this.feedback.countReportsSince(actor.userId, new Date(Date.now() - DAY_MS))) >= MAX_REPORTS_PER_DAY) {
      throw new StationsError(StationsErrorCode.TooManyReports);
    }
    const photoKey = input.photo ? await this.files.storeImage(input.photo) : null;
    const report: Omit<StationReport, 'createdAt'> = {
      id: randomUUID(),
      stationId,
      reporterId: actor.userId,
      kind: input.kind,
      note: input.note?.trim() || null,
      photoKey,
      status: ReportStatus.Open,
      resolvedBy: null,
      resolvedAt: null,
      resolutionNote: null,
      idempotencyKey: retryKey,
    };
    try {
      await this.feedback.insertReport(report);
    } catch (error) {
      if (photoKey) await this.files.discard(photoKey);
      if (!retryKey || !isUniqueViolation(error)) throw error;
      const first = await this.feedback.findReportByRetryKey(actor.userId, retryKey);
      if (!first) throw error;
      return this.replay(first, stationId, input);
    }
    return this.toView({ ...report, createdAt: new Date() });
  }

  /** The officer's queue: stations of the subtree with open reports, flagged ones first. */
  async queue(actor: Actor, unitId: string | undefined): Promise<ReportQueueResponse> {
    const root = unitId ?? actor.orgUnitId;
    if (!root) throw CommonError.forbidden();
    const units = await this.orgs.subtreeUnits(actor, root);
    const reports = await this.feedback.findOpenReportsInUnits(units.map((u) => u.id));
    const byStation = new Map<string, StationReport[]>();
    for (const report of reports) byStation.set(report.stationId, [...(byStation.get(report.stationId) ?? []), report]);
    const stations = await this.stations.findByIds([...byStation.keys()]);
    const hosts = new Map(units.map((u) => [u.id, u]));
    const entries: ReportQueueStation[] = stations.map((station) => {
      const open = byStation.get(station.id) ?? [];
      return {
        id: station.id,
        name: station.name,
        address: station.address,
        host: hostOf(hosts.get(station.orgUnitId), station.orgUnitId),
        openReports: open.length,
        flagged: open.length >= FLAG_REPORT_THRESHOLD,
        reports: open.map((report) => this.toView(report)),
      };
    });
    entries.sort((a, b) => b.openReports - a.openReports || a.reports[0].createdAt.localeCompare(b.reports[0].createdAt));
    return { stations: entries };
  }

  async resolve(actor: Actor, reportId: string, note: string): Promise<StationReportView> {
    const report = await this.feedback.findReportById(reportId);
    const station = report ? await this.stations.findById(report.stationId) : null;
    if (!report || !station) throw new StationsError(StationsErrorCode.ReportNotFound);
    await this.orgs.assertInScope(actor, station.orgUnitId);
    const resolved = await this.transactions.run(async (manager) => {
      if (!(await this.feedback.resolve(manager, reportId, actor.userId, note))) throw new StationsError(StationsErrorCode.ReportAlreadyResolved);
      await this.audit.record(
        actor,
        { action: 'station-report.resolve', targetType: 'station_report', targetId: reportId, orgUnitId: station.orgUnitId, detail: { stationId: station.id, kind: report.kind, note } },
        manager,
      );
      return this.feedback.findReportById(reportId, manager);
    });
    return this.toView(resolved ?? report);
  }

  private async openStation(stationId: string): Promise<Station> {
    const station = await this.stations.findById(stationId);
    if (!station) throw new StationsError(StationsErrorCode.NotFound);
    if (station.status === StationStatus.Closed) throw new StationsError(StationsErrorCode.NotOpenForFeedback);
    return station;
  }

  /** A retry gets the first report back; the same key for a different report is refused. */
  private replay(first: StationReport, stationId: string, input: CreateStationReportRequest): StationReportView {
    if (first.stationId !== stationId || first.kind !== input.kind) throw new StationsError(StationsErrorCode.RetryKeyMismatch);
    return this.toView(first);
  }

  private toView(report: StationReport): StationReportView {
    return {
      id: report.id,
      stationId: report.stationId,
      kind: report.kind,
      note: report.note,
      photoUrl: report.photoKey ? this.files.linkTo(report.photoKey) : null,
      status: report.status,
      createdAt: new Date(report.createdAt).toISOString(),
      resolvedAt: report.resolvedAt ? new Date(report.resolvedAt).toISOString() : null,
      resolutionNote: report.resolutionNote,
    };
  }
}
