import { Injectable } from '@nestjs/common';
import { ClaimStatus } from '@unionhub/shared';
import { DataSource } from 'typeorm';
import { Claim } from '../aid/claims/claim.entity';
import { AidPlan } from '../aid/plans/aid-plan.entity';
import { JoinApplication } from '../join/applications/join-application.entity';
import { JoinChannelDay } from '../join/channels/join-channel-day.entity';
import { JoinChannel } from '../join/channels/join-channel.entity';
import { Member } from '../join/members/member.entity';

export interface RosterRecord {
  id: string;
  memberNumber: string;
  name: string;
  idNumberEnc: string;
  phoneEnc: string;
  orgUnitId: string;
  joinedOn: string;
  occupation: string | null;
  employer: string | null;
}

export interface ClaimRecord {
  id: string;
  memberNumber: string | null;
  memberName: string | null;
  planName: string | null;
  orgUnitId: string;
  status: ClaimStatus;
  eventDate: string;
  submittedOn: string | null;
  eligibleExpenses: number;
  approvedAmount: number | null;
  payoutBatchId: string | null;
}

export interface CountByKey {
  key: string | null;
  label: string | null;
  count: number;
}

export interface ChannelCounters {
  channelId: string;
  title: string;
  scans: number;
  submissions: number;
  approvals: number;
}

/** `alias.column AS column` for each: raw rows keyed by the property names on every database. */
const columns = (alias: string, names: string[]): string[] => names.map((name) => `${alias}.${name} AS \`${name}\``);

const num = (value: string | number | null): number => Number(value ?? 0);

/**
 * Reads for exports over other domains' tables, as raw rows: a roster of a million members is read
 * in keyset pages (`id > after`), never whole, and never hydrated into entities.
 */
@Injectable()
export class ExportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  rosterPage(prefix: string, afterId: string, limit: number): Promise<RosterRecord[]> {
    return this.dataSource
      .createQueryBuilder(Member, 'm')
      .leftJoin(JoinApplication, 'a', 'a.id = m.applicationId')
      .select('m.id', 'id')
      .addSelect(columns('m', ['memberNumber', 'name', 'idNumberEnc', 'phoneEnc', 'orgUnitId', 'joinedOn']))
      .addSelect(columns('a', ['occupation', 'employer']))
      .where("m.unitPath LIKE :prefix AND m.status = 'active' AND m.id > :afterId", { prefix, afterId })
      .orderBy('m.id', 'ASC')
      .limit(limit)
      .getRawMany<RosterRecord>();
  }

  async claimsPage(prefix: string, afterId: string, limit: number): Promise<ClaimRecord[]> {
    const rows = await this.dataSource
      .createQueryBuilder(Claim, 'c')
      .leftJoin(Member, 'm', 'm.id = c.memberId')
      .leftJoin(AidPlan, 'p', 'p.id = c.planId')
      .select('c.id', 'id')
      .addSelect('m.memberNumber', 'memberNumber')
      .addSelect('m.name', 'memberName')
      .addSelect('p.name', 'planName')
      .addSelect(columns('c', ['orgUnitId', 'status', 'eventDate', 'submittedOn', 'eligibleExpenses', 'approvedAmount', 'payoutBatchId']))
      .where('c.unitPath LIKE :prefix AND c.status <> :draft AND c.id > :afterId', { prefix, draft: ClaimStatus.Draft, afterId })
      .orderBy('c.id', 'ASC')
      .limit(limit)
      .getRawMany<ClaimRecord & { eligibleExpenses: string | number; approvedAmount: string | number | null }>();
    return rows.map((row) => ({ ...row, eligibleExpenses: num(row.eligibleExpenses), approvedAmount: row.approvedAmount === null ? null : num(row.approvedAmount) }));
  }

  /** Members who joined between the two days (inclusive), counted by day, channel, unit or occupation. */
  async newMembersBy(prefix: string, from: string, to: string, by: 'day' | 'channel' | 'unit' | 'occupation'): Promise<CountByKey[]> {
    const query = this.dataSource
      .createQueryBuilder(Member, 'm')
      .leftJoin(JoinApplication, 'a', 'a.id = m.applicationId')
      .where('m.unitPath LIKE :prefix AND m.joinedOn >= :from AND m.joinedOn <= :to', { prefix, from, to });
    const column = { day: 'm.joinedOn', channel: 'a.channelId', unit: 'm.orgUnitId', occupation: 'a.occupation' }[by];
    query.select(`${column}`, 'key').groupBy(column);
    if (by === 'channel') query.leftJoin(JoinChannel, 'c', 'c.id = a.channelId').addSelect('MAX(c.title)', 'label');
    else query.addSelect('NULL', 'label');
    const rows = await query.addSelect('COUNT(*)', 'count').orderBy(column, 'ASC').getRawMany<{ key: string | null; label: string | null; count: string | number }>();
    return rows.map((row) => ({ key: row.key, label: row.label, count: num(row.count) }));
  }

  /** Each channel's scans, submissions and approvals over the days, for channels in the subtree. */
  async channelCounters(prefix: string, from: string, to: string): Promise<ChannelCounters[]> {
    const rows = await this.dataSource
      .createQueryBuilder(JoinChannelDay, 'd')
      .innerJoin(JoinChannel, 'c', 'c.id = d.channelId')
      .select('d.channelId', 'channelId')
      .addSelect('MAX(c.title)', 'title')
      .addSelect('SUM(d.scans)', 'scans')
      .addSelect('SUM(d.submissions)', 'submissions')
      .addSelect('SUM(d.approvals)', 'approvals')
      .where('c.unitPath LIKE :prefix AND d.day >= :from AND d.day <= :to', { prefix, from, to })
      .groupBy('d.channelId')
      .orderBy('d.channelId', 'ASC')
      .getRawMany<{ channelId: string; title: string; scans: string | number; submissions: string | number; approvals: string | number }>();
    return rows.map((row) => ({ channelId: row.channelId, title: row.title, scans: num(row.scans), submissions: num(row.submissions), approvals: num(row.approvals) }));
  }
}
