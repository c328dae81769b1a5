import { Injectable } from '@nestjs/common';
import { maskIdNumber, maskName, maskPhone, type SyncMember, type SyncMemberPersonalData } from '@unionhub/shared';
import type { ClientActor } from '../../../common/client-actor';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { AuditService } from '../../audit/audit.service';
import { SyncError, SyncErrorCode } from '../../sync/sync.errors';
import type { Member } from './member.entity';
import { MembersRepository } from './members.repository';

/**
 * Members as officer tools (API clients) read them: masked with `members:read`, whole ID and
 * phone numbers only with `members:read-personal`, each such read audited.
 */
@Injectable()
export class SyncMembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
  ) {}

  async get(client: ClientActor, id: string): Promise<SyncMember> {
    const member = await this.inScope(client, id);
    return {
      id: member.id,
      memberNumber: member.memberNumber,
      nameMasked: maskName(member.name),
      idNumberMasked: maskIdNumber(this.cipher.decrypt('id-number', member.idNumberEnc)),
      phoneMasked: maskPhone(this.cipher.decrypt('phone', member.phoneEnc)),
      unitId: member.orgUnitId,
      status: member.status,
      joinedOn: member.joinedOn,
    };
  }

  async personalData(client: ClientActor, id: string): Promise<SyncMemberPersonalData> {
    const member = await this.inScope(client, id);
    await this.audit.recordClientReading(client, { action: 'sync.member.read-personal', targetType: 'member', targetId: member.id, orgUnitId: member.orgUnitId, detail: { fields: ['idNumber', 'phone'] } });
    return {
      id: member.id,
      memberNumber: member.memberNumber,
      name: member.name,
      idNumber: this.cipher.decrypt('id-number', member.idNumberEnc),
      phone: this.cipher.decrypt('phone', member.phoneEnc),
    };
  }

  /** A member outside the client's subtree answers 404, as if it did not exist. */
  private async inScope(client: ClientActor, id: string): Promise<Member> {
    const member = await this.members.findById(id);
    if (!member || !member.unitPath.startsWith(client.unitPath)) throw new SyncError(SyncErrorCode.MemberNotFound);
    return member;
  }
}
