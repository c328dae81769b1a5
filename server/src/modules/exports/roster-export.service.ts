import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { EXPORT_REASON_MIN_LENGTH, maskIdNumber, maskName, maskPhone, type Occupation, OccupationLabel, OrgLevel, Role } from '@unionhub/shared';
import type { Actor } from '../../common/actor';
import { PersonalDataCipher } from '../../common/personal-data/personal-data-cipher';
import { streamXlsx, type XlsxRow } from '../../common/spreadsheet/xlsx-stream';
import { AuditService } from '../audit/audit.service';
import type { OrgUnit } from '../orgs/org-unit.entity';
import { exportFileName, ExportScopes, keysetPages } from './export-scope';
import { ExportsError, ExportsErrorCode } from './exports.errors';
import { ExportsRepository, type RosterRecord } from './exports.repository';

/**
 * Small pages: a page's rows are garbage before the next young-generation collection, so they never
 * reach the old generation (measured on 100,000 members: 1,000-row pages grew the process 2.7× more).
 */
const PAGE = 250;

/** The import's column names, so that a whole export can be imported again elsewhere. */
const COLUMNS = [
  { key: 'memberNumber', header: '会员编号', width: 24 },
  { key: 'name', header: '姓名', width: 12 },
  { key: 'idNumber', header: '身份证号', width: 22 },
  { key: 'phone', header: '手机号', width: 14 },
  { key: 'occupation', header: '职业', width: 12 },
  { key: 'employer', header: '工作单位', width: 24 },
  { key: 'unit', header: '所属工会', width: 24 },
  { key: 'joinedOn', header: '入会日期', width: 12 },
];

/**
 * Whole ID and phone numbers leave the system in bulk only for a union of street level or above
 * (or an admin), which keeps the member real-name system; an enterprise union exports masked.
 */
export const mayExportWhole = (actor: Actor, home: OrgUnit): boolean => actor.role === Role.Admin || home.level !== OrgLevel.Grassroots;

export interface RosterRequest {
  unitId?: string;
  whole?: boolean;
  reason?: string;
}

@Injectable()
export class RosterExportService {
  constructor(
    private readonly repository: ExportsRepository,
    private readonly scopes: ExportScopes,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
  ) {}

  async export(actor: Actor, request: RosterRequest): Promise<{ stream: Readable; fileName: string }> {
    const scope = await this.scopes.of(actor, request.unitId);
    const whole = request.whole === true;
    const reason = request.reason?.trim() ?? '';
    if (whole && [...reason].length < EXPORT_REASON_MIN_LENGTH) throw new ExportsError(ExportsErrorCode.ReasonRequired);
    if (whole && !mayExportWhole(actor, await this.scopes.home(actor))) throw new ExportsError(ExportsErrorCode.WholeNotAllowed);
    await this.audit.recordReading(actor, {
      action: whole ? 'export.roster.whole' : 'export.roster',
      targetType: 'org_unit',
      targetId: scope.root.id,
      orgUnitId: scope.root.id,
      detail: whole ? { whole, reason } : { whole },
    });
    const rowOf = (record: RosterRecord): XlsxRow => {
      const idNumber = this.cipher.decrypt('id-number', record.idNumberEnc);
      const phone = this.cipher.decrypt('phone', record.phoneEnc);
      return {
        memberNumber: record.memberNumber,
        name: whole ? record.name : maskName(record.name),
        idNumber: whole ? idNumber : maskIdNumber(idNumber),
        phone: whole ? phone : maskPhone(phone),
        occupation: record.occupation ? (OccupationLabel[record.occupation as Occupation] ?? record.occupation) : null,
        employer: record.employer,
        unit: scope.unitNames.get(record.orgUnitId) ?? null,
        joinedOn: record.joinedOn,
      };
    };
    const repository = this.repository;
    async function* pages(): AsyncGenerator<XlsxRow[]> {
      for await (const page of keysetPages((after) => repository.rosterPage(scope.prefix, after, PAGE))) yield page.map(rowOf);
    }
    return { stream: streamXlsx([{ name: '会员花名册', columns: COLUMNS, pages: pages() }]), fileName: exportFileName(whole ? '会员花名册（完整）' : '会员花名册', scope.root) };
  }
}
