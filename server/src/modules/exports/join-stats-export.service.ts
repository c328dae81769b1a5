import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { JOIN_STATS_MAX_DAYS, type JoinStatsExportQuery, type Occupation, OccupationLabel } from '@unionhub/shared';
import type { Actor } from '../../common/actor';
import { streamXlsx, type XlsxRow, type XlsxSheet } from '../../common/spreadsheet/xlsx-stream';
import { AuditService } from '../audit/audit.service';
import { exportFileName, ExportScopes } from './export-scope';
import { ExportsError, ExportsErrorCode } from './exports.errors';
import { type CountByKey, ExportsRepository } from './exports.repository';

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

async function* once(rows: XlsxRow[]): AsyncGenerator<XlsxRow[]> {
  yield rows;
}

const countSheet = (name: string, header: string, counts: CountByKey[], label: (count: CountByKey) => string): XlsxSheet => ({
  name,
  columns: [
    { key: 'label', header, width: 30 },
    { key: 'members', header: '新会员（人）', width: 14 },
  ],
  pages: once(counts.map((count) => ({ label: label(count), members: count.count }))),
});

/** New members of a date range by day, channel, unit and occupation, one sheet each; the channels with their scan counts. */
@Injectable()
export class JoinStatsExportService {
  constructor(
    private readonly repository: ExportsRepository,
    private readonly scopes: ExportScopes,
    private readonly audit: AuditService,
  ) {}

  async export(actor: Actor, query: JoinStatsExportQuery): Promise<{ stream: Readable; fileName: string }> {
    const span = daysBetween(query.from, query.to);
    if (!(span >= 0 && span < JOIN_STATS_MAX_DAYS)) throw new ExportsError(ExportsErrorCode.BadRange);
    const scope = await this.scopes.of(actor, query.unitId);
    const { prefix } = scope;
    const [byDay, byChannel, byUnit, byOccupation, counters] = await Promise.all([
      this.repository.newMembersBy(prefix, query.from, query.to, 'day'),
      this.repository.newMembersBy(prefix, query.from, query.to, 'channel'),
      this.repository.newMembersBy(prefix, query.from, query.to, 'unit'),
      this.repository.newMembersBy(prefix, query.from, query.to, 'occupation'),
      this.repository.channelCounters(prefix, query.from, query.to),
    ]);
    await this.audit.recordReading(actor, { action: 'export.join-stats', targetType: 'org_unit', targetId: scope.root.id, orgUnitId: scope.root.id, detail: { from: query.from, to: query.to } });

    const membersOfChannel = new Map(byChannel.map((count) => [count.key, count]));
    const channelRows: XlsxRow[] = counters.map((c) => ({ title: c.title, scans: c.scans, submissions: c.submissions, approvals: c.approvals, members: membersOfChannel.get(c.channelId)?.count ?? 0 }));
    for (const count of byChannel) {
      if (!counters.some((c) => c.channelId === count.key)) channelRows.push({ title: count.key ? (count.label ?? count.key) : '未经渠道（选择周转库或导入）', scans: null, submissions: null, approvals: null, members: count.count });
    }
    const sheets: XlsxSheet[] = [
      countSheet('按日期', '入会日期', byDay, (count) => count.key ?? ''),
      {
        name: '按渠道',
        columns: [
          { key: 'title', header: '入会渠道', width: 30 },
          { key: 'scans', header: '扫码（次）', width: 12 },
          { key: 'submissions', header: '提交申请（份）', width: 14 },
          { key: 'approvals', header: '通过（份）', width: 12 },
          { key: 'members', header: '新会员（人）', width: 14 },
        ],
        pages: once(channelRows),
      },
      countSheet('按工会', '工会', byUnit, (count) => (count.key ? (scope.unitNames.get(count.key) ?? count.key) : '')),
      countSheet('按职业', '职业', byOccupation, (count) => (count.key ? (OccupationLabel[count.key as Occupation] ?? count.key) : '未填写')),
    ];
    return { stream: streamXlsx(sheets), fileName: exportFileName(`入会统计-${query.from}至${query.to}`, scope.root) };
  }
}
