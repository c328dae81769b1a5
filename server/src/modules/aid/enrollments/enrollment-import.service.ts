import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type EnrollmentImportRequest, type EnrollmentImportResult, type ImportRowError, validateIdNumber } from '@unionhub/shared';
import type { Actor } from '../../../common/actor';
import { CommonError } from '../../../common/common.errors';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { TransactionRunner } from '../../../database/transaction-runner';
import { retryOnUniqueViolation } from '../../../database/unique-violation';
import { AuditService, type AuditRecord } from '../../audit/audit.service';
import { decodeBase64 } from '../../files/files.service';
import type { Member } from '../../join/members/member.entity';
import { OrgsService } from '../../orgs/orgs.service';
import { PlansRepository } from '../plans/plans.repository';
import { EnrollmentColumn, type EnrollmentRow, readEnrollmentRows } from './enrollment-rows';
import { EnrollmentsRepository } from './enrollments.repository';
import { EnrollmentsService } from './enrollments.service';

/** 5,000 rows of CSV are about 300 KB; XLSX is smaller still. */
export const MAX_ENROLLMENT_IMPORT_BYTES = 2 * 1024 * 1024;
const LOOKUP_CHUNK = 500;
const MAX_ERRORS_SHOWN = 500;

const chunks = <T>(items: T[]): T[][] => Array.from({ length: Math.ceil(items.length / LOOKUP_CHUNK) }, (_, i) => items.slice(i * LOOKUP_CHUNK, (i + 1) * LOOKUP_CHUNK));
const byRow = (a: ImportRowError, b: ImportRowError): number => a.row - b.row;

/**
 * Officers enroll members of their subtree from a roster file. All or nothing: one bad row and
 * nothing is written. A row whose member already has the plan from that date changes nothing, so a
 * file may be imported again safely.
 */
@Injectable()
export class EnrollmentImportService {
  constructor(
    private readonly enrollments: EnrollmentsService,
    private readonly enrollmentRows: EnrollmentsRepository,
    private readonly plans: PlansRepository,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    private readonly transactions: TransactionRunner,
  ) {}

  async import(actor: Actor, request: EnrollmentImportRequest): Promise<EnrollmentImportResult> {
    if (!actor.orgUnitId) throw CommonError.forbidden();
    const root = await this.orgs.assertInScope(actor, actor.orgUnitId);
    const { rows, errors } = await readEnrollmentRows(decodeBase64(request.file, MAX_ENROLLMENT_IMPORT_BYTES));
    const totalRows = rows.length + new Set(errors.map((e) => e.row)).size;
    const matched = await this.match(rows, root.path, errors);
    const result: EnrollmentImportResult = { applied: false, totalRows, created: 0, updated: 0, unchanged: 0, errors: [], errorCount: 0 };
    if (errors.length > 0 || matched.length === 0) {
      if (matched.length === 0 && errors.length === 0) errors.push({ row: 1, column: '', reason: '文件里没有数据行，请在表头下面逐行填写' });
      errors.sort(byRow);
      return { ...result, errors: errors.slice(0, MAX_ERRORS_SHOWN), errorCount: errors.length };
    }
    const counts = await retryOnUniqueViolation(() =>
      this.transactions.run(async (manager) => {
        const tally = { created: 0, updated: 0, unchanged: 0 };
        const audits: AuditRecord[] = [];
        for (const { row, member, plan } of matched) {
          const { enrollment, outcome } = await this.enrollments.upsert(manager, member, plan, { validFrom: row.validFrom, validUntil: row.validUntil }, 'import');
          tally[outcome] += 1;
          if (outcome !== 'unchanged') {
            audits.push({ action: `aid.enrollment.${outcome === 'created' ? 'create' : 'update'}`, targetType: 'aid_enrollment', targetId: enrollment.id, orgUnitId: member.orgUnitId, detail: { source: 'import', fileName: request.fileName, row: row.row, plan: plan.code, memberNumber: member.memberNumber } });
          }
        }
        await this.audit.recordMany(actor, audits, manager);
        await this.audit.record(actor, { action: 'aid.enrollment.import', targetType: 'aid_enrollment_import', targetId: randomUUID(), orgUnitId: root.id, detail: { fileName: request.fileName, ...tally } }, manager);
        return tally;
      }),
    );
    return { ...result, ...counts, applied: true };
  }


  /** Each row's member (active, in the subtree) and plan (the period within its coverage); duplicates refused. */
  private async match(rows: EnrollmentRow[], subtreePath: string, errors: ImportRowError[]) {
    const plans = new Map((await this.plans.findByCodes([...new Set(rows.map((r) => r.planCode))])).map((p) => [p.code, p]));
    const idHashOf = new Map<number, string>();
    for (const row of rows) {
      if (row.memberNumber || !row.idNumber) continue;
      const id = validateIdNumber(row.idNumber);
      if (id.ok) idHashOf.set(row.row, this.cipher.hash('id-number', id.value));
      else errors.push({ row: row.row, column: EnrollmentColumn.IdNumber, reason: id.message });
    }
    const members: Member[] = [];
    const numbers = [...new Set(rows.flatMap((r) => (r.memberNumber ? [r.memberNumber] : [])))];
    const hashes = [...new Set(idHashOf.values())];
    for (const part of chunks(numbers)) members.push(...(await this.enrollmentRows.findActiveMembers(part, [])));
    for (const part of chunks(hashes)) members.push(...(await this.enrollmentRows.findActiveMembers([], part)));
    const byNumber = new Map(members.map((m) => [m.memberNumber, m]));
    const byHash = new Map(members.map((m) => [m.activeIdHash, m]));

    const firstRowOf = new Map<string, number>();
    return rows.flatMap((row) => {
      const column = row.memberNumber ? EnrollmentColumn.MemberNumber : EnrollmentColumn.IdNumber;
      if (!row.memberNumber && !idHashOf.has(row.row)) return [];
      const member = row.memberNumber ? byNumber.get(row.memberNumber) : byHash.get(idHashOf.get(row.row) as string);
      // One answer for unknown and out-of-scope members: the file cannot be used to probe other units.
      if (!member || !member.unitPath.startsWith(subtreePath)) {
        errors.push({ row: row.row, column, reason: '找不到这位会员，或不在您管辖的工会；请核对，只能为本工会及下级的会员添加' });
        return [];
      }
      const plan = plans.get(row.planCode);
      if (!plan) {
        errors.push({ row: row.row, column: EnrollmentColumn.PlanCode, reason: `没有“${row.planCode}”这个保障项目，请核对方案代码` });
        return [];
      }
      if (row.validFrom < plan.coverageFrom || row.validUntil > plan.coverageUntil) {
        errors.push({ row: row.row, column: row.validFrom < plan.coverageFrom ? EnrollmentColumn.ValidFrom : EnrollmentColumn.ValidUntil, reason: `应在项目保障期 ${plan.coverageFrom} 至 ${plan.coverageUntil} 之内` });
        return [];
      }
      const key = `${member.id}|${plan.id}|${row.validFrom}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        errors.push({ row: row.row, column, reason: `与第${first}行重复（同一会员、项目和起始日期），请删掉一行` });
        return [];
      }
      firstRowOf.set(key, row.row);
      return [{ row, member, plan }];
    });
  }
}
