import { Injectable } from '@nestjs/common';
import { ApplicationStatus, type ClaimStatus, ReportStatus, TransferStatus } from '@unionhub/shared';
import { DataSource } from 'typeorm';
import { Claim } from '../aid/claims/claim.entity';
import { JoinApplication } from '../join/applications/join-application.entity';
import { JoinChannel } from '../join/channels/join-channel.entity';
import { Member } from '../join/members/member.entity';
import { Transfer } from '../join/transfers/transfer.entity';
import { OrgUnit } from '../orgs/org-unit.entity';
import { StationReport } from '../stations/station-report.entity';
import { Station } from '../stations/station.entity';

/** Aggregates over other domains' tables, read-only, as raw rows: nothing here is hydrated. */
@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  async newMembersByDay(prefix: string, since: string): Promise<{ day: string; count: number }[]> {
    const rows = await this.dataSource
      .createQueryBuilder(Member, 'm')
      .select('m.joinedOn', 'day')
      .addSelect('COUNT(*)', 'count')
      .where('m.unitPath LIKE :prefix AND m.joinedOn >= :since', { prefix, since })
      .groupBy('m.joinedOn')
      .orderBy('m.joinedOn', 'ASC')
      .getRawMany<{ day: string; count: string | number }>();
    return rows.map((r) => ({ day: r.day, count: Number(r.count) }));
  }

  /** New members grouped by the channel (null: chose a pool) or occupation of their application. */
  async newMembersBy(prefix: string, since: string, by: 'channel' | 'occupation'): Promise<{ key: string | null; label: string | null; count: number }[]> {
    const query = this.dataSource
      .createQueryBuilder(Member, 'm')
      .innerJoin(JoinApplication, 'a', 'a.id = m.applicationId')
      .where('m.unitPath LIKE :prefix AND m.joinedOn >= :since', { prefix, since });
    if (by === 'channel') {
      query.leftJoin(JoinChannel, 'c', 'c.id = a.channelId').select('a.channelId', 'key').addSelect('MAX(c.title)', 'label').groupBy('a.channelId');
    } else {
      query.select('a.occupation', 'key').addSelect('NULL', 'label').groupBy('a.occupation');
    }
    const rows = await query.addSelect('COUNT(*)', 'count').orderBy('count', 'DESC').getRawMany<{ key: string | null; label: string | null; count: string | number }>();
    return rows.map((r) => ({ key: r.key, label: r.label, count: Number(r.count) }));
  }

  countPendingJoins(prefix: string): Promise<number> {
    return this.dataSource.createQueryBuilder(JoinApplication, 'a').where('a.unitPath LIKE :prefix AND a.status = :status', { prefix, status: ApplicationStatus.Pending }).getCount();
  }

  countTransfers(prefix: string, side: 'out' | 'in'): Promise<number> {
    const [column, status] = side === 'out' ? ['fromUnitPath', TransferStatus.Requested] : ['toUnitPath', TransferStatus.Released];
    return this.dataSource.createQueryBuilder(Transfer, 't').where(`t.${column} LIKE :prefix AND t.status = :status`, { prefix, status }).getCount();
  }

  countOpenStationReports(prefix: string): Promise<number> {
    return this.dataSource
      .createQueryBuilder(StationReport, 'r')
      .innerJoin(Station, 's', 's.id = r.stationId')
      .innerJoin(OrgUnit, 'u', 'u.id = s.orgUnitId')
      .where('u.path LIKE :prefix AND r.status = :status', { prefix, status: ReportStatus.Open })
      .getCount();
  }

  /** Claims of the subtree by status: how many, the eligible expenses claimed and the amounts approved. */
  async claimsByStatus(prefix: string): Promise<{ status: ClaimStatus; count: number; claimed: number; approved: number }[]> {
    const rows = await this.dataSource
      .createQueryBuilder(Claim, 'c')
      .select('c.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .addSelect('COALESCE(SUM(c.eligibleExpenses), 0)', 'claimed')
      .addSelect('COALESCE(SUM(c.approvedAmount), 0)', 'approved')
      .where('c.unitPath LIKE :prefix', { prefix })
      .groupBy('c.status')
      .getRawMany<{ status: ClaimStatus; count: string | number; claimed: string | number; approved: string | number }>();
    return rows.map((r) => ({ status: r.status, count: Number(r.count), claimed: Number(r.claimed), approved: Number(r.approved) }));
  }
}
