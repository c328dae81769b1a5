import { Injectable } from '@nestjs/common';
import {
  ageOn,
  type JoinApplicationDetail,
  type JoinApplicationSummary,
  maskIdNumber,
  maskName,
  maskPhone,
  type MyJoinApplication,
  type OrgUnitSummary,
  validateIdNumber,
} from '@unionhub/shared';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { OrgsService } from '../../orgs/orgs.service';
import { ChannelsService } from '../channels/channels.service';
import { MembersRepository } from '../members/members.repository';
import { ClaimAttemptsRepository } from '../claim-attempts/claim-attempts.repository';
import type { JoinApplication } from './join-application.entity';

/** Applications as their applicant and as officers see them: ID number and phone always masked. */
@Injectable()
export class ApplicationViews {
  constructor(
    private readonly cipher: PersonalDataCipher,
    private readonly orgs: OrgsService,
    private readonly channels: ChannelsService,
    private readonly members: MembersRepository,
    private readonly attempts: ClaimAttemptsRepository,
  ) {}

  async mine(application: JoinApplication): Promise<MyJoinApplication> {
    return {
      id: application.id,
      status: application.status,
      unit: (await this.orgs.summaryOf(application.orgUnitId)) as OrgUnitSummary,
      name: application.name,
      idNumberMasked: maskIdNumber(this.cipher.decrypt('id-number', application.idNumberEnc)),
      phoneMasked: maskPhone(this.cipher.decrypt('phone', application.phoneEnc)),
      rejectReason: application.rejectReason,
      createdAt: application.createdAt.toISOString(),
      decidedAt: application.decidedAt?.toISOString() ?? null,
    };
  }

  async summaries(applications: JoinApplication[]): Promise<JoinApplicationSummary[]> {
    const [units, titles] = await Promise.all([
      this.orgs.summariesOf(applications.map((a) => a.orgUnitId)),
      this.channels.titlesOf(applications.map((a) => a.channelId)),
    ]);
    return applications.map((a) => ({
      id: a.id,
      status: a.status,
      nameMasked: maskName(a.name),
      occupation: a.occupation,
      unit: units.get(a.orgUnitId) as OrgUnitSummary,
      channelTitle: a.channelId ? (titles.get(a.channelId) ?? null) : null,
      createdAt: a.createdAt.toISOString(),
    }));
  }

  async detail(application: JoinApplication): Promise<JoinApplicationDetail> {
    const [summary] = await this.summaries([application]);
    const idNumber = this.cipher.decrypt('id-number', application.idNumberEnc);
    const id = validateIdNumber(idNumber);
    if (!id.ok) throw new Error('a stored ID number no longer validates');
    const member = application.memberId ? await this.members.findById(application.memberId) : null;
    return {
      ...summary,
      idNumberMasked: maskIdNumber(idNumber),
      phoneMasked: maskPhone(this.cipher.decrypt('phone', application.phoneEnc)),
      gender: id.gender,
      age: ageOn(id.birthDate, new Date()),
      employer: application.employer,
      workDistrict: application.workDistrict,
      privacyPolicyVersion: application.privacyPolicyVersion,
      privacyConsentAt: application.privacyConsentAt.toISOString(),
      sensitiveConsentAt: application.sensitiveConsentAt.toISOString(),
      rejectReason: application.rejectReason,
      decidedAt: application.decidedAt?.toISOString() ?? null,
      memberNumber: member?.memberNumber ?? null,
      checks: {
        phoneVerifiedBy: application.phoneVerifiedBy,
        identity: application.identityCheck,
        holdReason: application.holdReason,
        claimAttemptsToday: await this.attempts.countToday(application.idHash),
      },
    };
  }
}
