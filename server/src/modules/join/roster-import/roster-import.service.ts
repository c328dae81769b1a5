import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ChangeAction, type ImportRowError, maskName, OrgKind, OrgLevel, type RosterImportRequest, type RosterImportResult, type RosterImportRow, type RosterRowOutcome } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { TransactionRunner } from '../../../database/transaction-runner';
import { retryOnUniqueViolation } from '../../../database/unique-violation';
import { AuditService, type AuditRecord } from '../../audit/audit.service';
import { decodeBase64 } from '../../files/files.service';
import type { OrgUnit } from '../../orgs/org-unit.entity';
import { OrgsService } from '../../orgs/orgs.service';
import { ApplicationsRepository } from '../applications/applications.repository';
import { JoinChanges } from '../join-changes';
import { JoinError, JoinErrorCode } from '../join.errors';
import type { Member } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { officerRoot } from '../officer-scope';
import type { Transfer } from '../transfers/transfer.entity';
import { TransferRequestsService } from '../transfers/transfer-requests.service';
import { TransfersRepository } from '../transfers/transfers.repository';
import { readRosterRows, RosterColumn, type RosterRow } from './roster-rows';

/** 5,000 rows of CSV are under 1 MB; XLSX is smaller still. */
export const MAX_ROSTER_IMPORT_BYTES = 2 * 1024 * 1024;
const MAX_SHOWN = 500;

/** What one valid row will do, decided against the database. */
type Step =
  | { outcome: 'created'; row: RosterRow; idHash: string; memberNumber: string | null }
  | { outcome: 'unchanged'; row: RosterRow; member: Member }
  | { outcome: 'transfer'; row: RosterRow; member: Member; open: Transfer | null }
  | { outcome: 'pending'; row: RosterRow };

const byRow = (a: { row: number }, b: { row: number }): number => a.row - b.row;

/**
 * An officer brings his unit's existing roster in. All or nothing: one bad row and nothing is
 * written. Idempotent by the ID number's keyed hash: a member already here is left as he is, a
 * member of another unit is asked to move here (an officer-started transfer), and a person whose
 * join application waits for review is reported and left to that review.
 */
@Injectable()
export class RosterImportService {
  constructor(
    private readonly members: MembersService,
    private readonly applications: ApplicationsRepository,
    private readonly transfers: TransfersRepository,
    private readonly transferRequests: TransferRequestsService,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly changes: JoinChanges,
    private readonly cipher: PersonalDataCipher,
    private readonly transactions: TransactionRunner,
  ) {}

  async import(actor: Actor, request: RosterImportRequest, dryRun: boolean): Promise<RosterImportResult> {
    const root = await officerRoot(this.orgs, actor);
    const unit = await this.orgs.assertInScope(actor, request.unitId);
    if (unit.level !== OrgLevel.Grassroots && unit.kind !== OrgKind.NewFormWorkerPool) throw new JoinError(JoinErrorCode.RosterUnit);
    const { rows, errors } = await readRosterRows(decodeBase64(request.file, MAX_ROSTER_IMPORT_BYTES));
    const totalRows = rows.length + new Set(errors.map((e) => e.row)).size;
    const valid = this.withoutDuplicates(rows, errors);
    if (totalRows === 0) errors.push({ row: 1, column: '', reason: '文件里没有数据行，请在表头下面逐行填写' });

    if (errors.length > 0) throw this.refusal([], errors, totalRows, dryRun);
    if (dryRun) {
      const steps = await this.transactions.run((manager) => this.plan(manager, valid, unit, errors));
      if (errors.length > 0) throw this.refusal(steps, errors, totalRows, dryRun);
      return this.result(steps, errors, totalRows, false, dryRun);
    }
    const applied = await retryOnUniqueViolation(() =>
      this.transactions.run(async (manager) => {
        const found = [...errors];
        const steps = await this.plan(manager, valid, unit, found);
        // Thrown inside, so a row found wrong only now rolls the whole transaction back.
        if (found.length > 0) throw this.refusal(steps, found, totalRows, dryRun);
        return { steps, transfers: await this.write(manager, actor, root, unit, steps, request.fileName) };
      }),
    );
    for (const { transfer, member } of applied.transfers) await this.transferRequests.pushStarted(transfer, member);
    return this.result(applied.steps, errors, totalRows, true, false);
  }


  /** The report of a file with bad rows travels as the error's details: nothing was written. */
  private refusal(steps: Step[], errors: ImportRowError[], totalRows: number, dryRun: boolean): JoinError {
    return new JoinError(JoinErrorCode.RosterInvalid, { ...this.result(steps, errors, totalRows, false, dryRun) });
  }

  /** The same person or the same member number twice in one file: the later row is an error. */
  private withoutDuplicates(rows: RosterRow[], errors: ImportRowError[]): (RosterRow & { idHash: string })[] {
    const firstByHash = new Map<string, number>();
    const firstByNumber = new Map<string, number>();
    return rows.flatMap((row) => {
      const idHash = this.cipher.hash('id-number', row.idNumber);
      const sameId = firstByHash.get(idHash);
      const sameNumber = row.memberNumber ? firstByNumber.get(row.memberNumber) : undefined;
      if (sameId !== undefined) errors.push({ row: row.row, column: RosterColumn.IdNumber, reason: `与第${sameId}行是同一个身份证号，请删掉重复的一行` });
      if (sameNumber !== undefined) errors.push({ row: row.row, column: RosterColumn.MemberNumber, reason: `与第${sameNumber}行的会员编号重复，请改正或留空自动编号` });
      if (sameId !== undefined || sameNumber !== undefined) return [];
      firstByHash.set(idHash, row.row);
      if (row.memberNumber) firstByNumber.set(row.memberNumber, row.row);
      return [{ ...row, idHash }];
    });
  }

  private async plan(manager: EntityManager, rows: (RosterRow & { idHash: string })[], unit: OrgUnit, errors: ImportRowError[]): Promise<Step[]> {
    const steps: Step[] = [];
    for (const row of rows) {
      const member = await this.members.findActiveByIdHash(manager, row.idHash);
      if (member?.orgUnitId === unit.id) {
        steps.push({ outcome: 'unchanged', row, member });
        continue;
      }
      if (member) {
        const open = await this.transfers.findOpenForMember(manager, member.id);
        if (open && open.toUnitId !== unit.id) {
          errors.push({ row: row.row, column: RosterColumn.IdNumber, reason: '这位会员正在转接到另一个工会，请等那条转接办结后再导入这一行' });
          continue;
        }
        steps.push({ outcome: 'transfer', row, member, open });
        continue;
      }
      if (await this.applications.findPendingByIdHash(manager, row.idHash)) {
        steps.push({ outcome: 'pending', row });
        continue;
      }
      const numberFree = row.memberNumber !== null && !(await this.members.findByNumber(manager, row.memberNumber));
      steps.push({ outcome: 'created', row, idHash: row.idHash, memberNumber: numberFree ? row.memberNumber : null });
    }
    return steps;
  }

  private async write(manager: EntityManager, actor: Actor, root: OrgUnit, unit: OrgUnit, steps: Step[], fileName: string): Promise<{ transfer: Transfer; member: Member }[]> {
    const audits: AuditRecord[] = [];
    const started: { transfer: Transfer; member: Member }[] = [];
    for (const step of steps) {
      if (step.outcome === 'created') {
        const number = step.memberNumber ?? { sequence: await this.members.nextSequence(manager, unit.id) };
        const member = await this.members.issueImported(manager, { ...step.row, idHash: step.idHash }, unit, number);
        await this.changes.memberChanged(manager, member, ChangeAction.Created);
        audits.push({ action: 'member.import', targetType: 'member', targetId: member.id, orgUnitId: unit.id, detail: { fileName, row: step.row.row, memberNumber: member.memberNumber } });
        Object.assign(step, { memberNumber: member.memberNumber });
      } else if (step.outcome === 'transfer' && !step.open) {
        const transfer = await this.transferRequests.startForMemberIn(manager, actor, root, step.member, unit, `会员名册导入：${fileName}`.slice(0, 200));
        started.push({ transfer, member: step.member });
      }
    }
    await this.audit.recordMany(actor, audits, manager);
    const counts = countsOf(steps);
    await this.audit.record(actor, { action: 'member.roster-import', targetType: 'roster_import', targetId: randomUUID(), orgUnitId: unit.id, detail: { fileName, ...counts } }, manager);
    return started;
  }

  private result(steps: Step[], errors: ImportRowError[], totalRows: number, applied: boolean, dryRun: boolean): RosterImportResult {
    errors.sort(byRow);
    return {
      applied,
      dryRun,
      totalRows,
      counts: countsOf(steps),
      rows: steps.slice(0, MAX_SHOWN).map(viewOf),
      errors: errors.slice(0, MAX_SHOWN),
      errorCount: errors.length,
    };
  }
}

function countsOf(steps: Step[]): Record<RosterRowOutcome, number> {
  const counts: Record<RosterRowOutcome, number> = { created: 0, unchanged: 0, transfer: 0, pending: 0 };
  for (const step of steps) counts[step.outcome] += 1;
  return counts;
}

function viewOf(step: Step): RosterImportRow {
  const base = { row: step.row.row, outcome: step.outcome, nameMasked: maskName(step.row.name) };
  switch (step.outcome) {
    case 'created':
      return { ...base, memberNumber: step.memberNumber, note: step.row.memberNumber && step.memberNumber !== step.row.memberNumber ? '文件里的会员编号已被使用，已自动编号' : null };
    case 'unchanged':
      return { ...base, memberNumber: step.member.memberNumber, note: '已是本工会会员' };
    case 'transfer':
      return { ...base, memberNumber: step.member.memberNumber, note: step.open ? '转接已在办理中' : '是其他工会的会员，将发起转接到本工会' };
    case 'pending':
      return { ...base, memberNumber: null, note: '已有待审核的入会申请，请在入会审核里处理，本行不导入' };
  }
}
