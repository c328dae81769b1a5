import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  type CardRefusal,
  chinaDate,
  maskIdNumber,
  maskName,
  type MemberCard,
  type MembershipSummary,
  type Occupation,
  type OrgUnitSummary,
  type VerifyCardResponse,
} from '@unionhub/shared';
import { toDataURL } from 'qrcode';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import type { AllConfig } from '../../../config';
import { TransactionRunner } from '../../../database/transaction-runner';
import { EnrollmentsService } from '../../aid/enrollments/enrollments.service';
import { AuditService } from '../../audit/audit.service';
import type { OrgUnit } from '../../orgs/org-unit.entity';
import { OrgsService } from '../../orgs/orgs.service';
import type { JoinApplication } from '../applications/join-application.entity';
import { JoinError, JoinErrorCode } from '../join.errors';
import { readCardToken, signCardToken } from './card-token';
import type { Member } from './member.entity';
import { MembersRepository } from './members.repository';

const REFUSALS: Record<CardRefusal, string> = {
  expired: '会员卡二维码已过期，请会员在手机上刷新会员卡后再扫',
  forged: '这不是有效的工会会员卡二维码，请核对',
  revoked: '该会员资格已失效，请联系其所属工会核实',
};

/** A roster row, checked: the ID number whole (encrypted here) and its keyed hash. */
export interface ImportedPerson {
  name: string;
  idNumber: string;
  idHash: string;
  phone: string;
  joinedOn: string;
}

@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly cipher: PersonalDataCipher,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly aidEnrollments: EnrollmentsService,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  findActiveByIdHash(manager: EntityManager, idHash: string): Promise<Member | null> {
    return this.members.findActiveByIdHash(manager, idHash);
  }

  findActiveByUser(manager: EntityManager, userId: string): Promise<Member | null> {
    return this.members.findActiveByUser(userId, manager);
  }

  /**
   * Makes the application's person a member of `unit`, numbered `<unit code>-<year>-<sequence>`.
   * The unique indexes on the active ID hash and account refuse a second active membership.
   * `sequence` comes from `reserveSequence`, taken before the caller's transaction. The new member
   * is enrolled, in the same transaction, in the mutual-aid plans that enroll joiners automatically.
   */
  async issue(manager: EntityManager, application: JoinApplication, unit: OrgUnit, sequence: number): Promise<Member> {
    const today = chinaDate(new Date());
    const member = await this.members.insert(manager, {
      userId: application.userId,
      orgUnitId: unit.id,
      unitPath: unit.path,
      memberNumber: memberNumberOf(unit, today, sequence),
      name: application.name,
      idNumberEnc: application.idNumberEnc,
      idHash: application.idHash,
      phoneEnc: application.phoneEnc,
      phoneHash: application.phoneHash,
      status: 'active',
      activeIdHash: application.idHash,
      activeUserId: application.userId,
      applicationId: application.id,
      origin: 'join',
      joinedOn: today,
    });
    await this.aidEnrollments.enrollOnJoining(manager, member, application.occupation);
    return member;
  }

  /**
   * A member from an officer's roster: no account and no application yet. The number is the file's
   * when the caller checked it is free, else the unit's next; aid plans follow when he claims it.
   */
  issueImported(manager: EntityManager, person: ImportedPerson, unit: OrgUnit, memberNumber: string | { sequence: number }): Promise<Member> {
    return this.members.insert(manager, {
      userId: null,
      orgUnitId: unit.id,
      unitPath: unit.path,
      memberNumber: typeof memberNumber === 'string' ? memberNumber : memberNumberOf(unit, person.joinedOn, memberNumber.sequence),
      name: person.name,
      idNumberEnc: this.cipher.encrypt('id-number', person.idNumber),
      idHash: person.idHash,
      phoneEnc: this.cipher.encrypt('phone', person.phone),
      phoneHash: this.cipher.hash('phone', person.phone),
      status: 'active',
      activeIdHash: person.idHash,
      activeUserId: null,
      applicationId: null,
      origin: 'import',
      joinedOn: person.joinedOn,
    });
  }

  /**
   * The person of an imported membership joins with his WeChat account: the membership becomes his
   * (unless another account took it first) and he is enrolled in the plans joiners get.
   */
  async claim(manager: EntityManager, member: Member, userId: string, occupation: Occupation): Promise<Member | null> {
    if (!(await this.members.claim(manager, member.id, userId))) return null;
    const claimed = { ...member, userId, activeUserId: userId };
    await this.aidEnrollments.enrollOnJoining(manager, claimed, occupation);
    return claimed;
  }

  findByNumber(manager: EntityManager, memberNumber: string): Promise<Member | null> {
    return this.members.findByNumber(manager, memberNumber);
  }

  nextSequence(manager: EntityManager, unitId: string): Promise<number> {
    return this.members.nextSequence(manager, unitId);
  }

  /**
   * The unit's next membership sequence, in a short transaction of its own before the join's: every
   * join into a unit touches the same counter row, which must not stay locked for a whole join. A
   * join that then issues no card leaves a gap in the numbers, never a duplicate.
   */
  reserveSequence(unitId: string): Promise<number> {
    return this.transactions.run((manager) => this.members.nextSequence(manager, unitId));
  }

  async summaryOf(member: Member): Promise<MembershipSummary> {
    return { memberNumber: member.memberNumber, unit: await this.unitOf(member.orgUnitId), joinedOn: member.joinedOn };
  }

  /** The member's own card, with a fresh token that officers can verify for a few minutes. */
  async card(actor: Actor): Promise<MemberCard> {
    const member = await this.members.findActiveByUser(actor.userId);
    if (!member) throw new JoinError(JoinErrorCode.NotMember);
    const expiresAt = new Date(Date.now() + this.config.get('join.cardTokenTtlSeconds', { infer: true }) * 1000);
    const token = signCardToken(member.id, expiresAt, this.config.get('join.cardTokenSecret', { infer: true }));
    return {
      memberNumber: member.memberNumber,
      name: member.name,
      idNumberMasked: maskIdNumber(this.cipher.decrypt('id-number', member.idNumberEnc)),
      unit: await this.unitOf(member.orgUnitId),
      joinedOn: member.joinedOn,
      token,
      tokenExpiresAt: expiresAt.toISOString(),
      // Whole pixels per module keep the code sharp when the app scales it; 41 modules × 8 = 328 px.
      qrDataUrl: await toDataURL(token, { errorCorrectionLevel: 'M', margin: 2, scale: 8 }),
    };
  }

  /** Any officer may check a card, wherever the member belongs; he sees masked identity only. */
  async verify(actor: Actor, token: string): Promise<VerifyCardResponse> {
    const reading = readCardToken(token, this.config.get('join.cardTokenSecret', { infer: true }), new Date());
    if (!reading.ok) return refuse(reading.reason);
    const member = await this.members.findById(reading.memberId);
    if (!member) return refuse('forged');
    if (member.status !== 'active') return refuse('revoked');
    await this.transactions.run((manager) =>
      this.audit.record(actor, { action: 'member.verify-card', targetType: 'member', targetId: member.id, orgUnitId: member.orgUnitId }, manager),
    );
    return {
      valid: true,
      nameMasked: maskName(member.name),
      idNumberMasked: maskIdNumber(this.cipher.decrypt('id-number', member.idNumberEnc)),
      memberNumber: member.memberNumber,
      unit: await this.unitOf(member.orgUnitId),
      joinedOn: member.joinedOn,
    };
  }

  private async unitOf(unitId: string): Promise<OrgUnitSummary> {
    return (await this.orgs.summaryOf(unitId)) as OrgUnitSummary;
  }
}

/** `<unit code>-<year>-<sequence>`, e.g. `BJ-DX-PGZ-2026-000042`. */
function memberNumberOf(unit: OrgUnit, day: string, sequence: number): string {
  return `${unit.code}-${day.slice(0, 4)}-${String(sequence).padStart(6, '0')}`;
}

function refuse(reason: CardRefusal): VerifyCardResponse {
  return { valid: false, reason, message: REFUSALS[reason] };
}
