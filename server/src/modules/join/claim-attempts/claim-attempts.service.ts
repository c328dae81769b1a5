import { Injectable } from '@nestjs/common';
import { chinaDate, type JoinClaimAttemptGroup, type JoinClaimAttemptList, type JoinHoldReason, maskIdNumber, maskName } from '@unionhub/shared';
import type { Actor } from '../../../common/actor';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { OrgsService } from '../../orgs/orgs.service';
import { ChannelsService } from '../channels/channels.service';
import type { Member } from '../members/member.entity';
import { MembersRepository } from '../members/members.repository';
import { officerRoot } from '../officer-scope';
import { CLAIM_ATTEMPT_RETENTION_DAYS, CLAIM_ATTEMPTS_PER_DAY, ClaimAttemptsRepository } from './claim-attempts.repository';
import type { JoinClaimAttempt } from './join-claim-attempt.entity';

/** Enough rows for every group an officer can act on; older ones go with the retention anyway. */
const MAX_ATTEMPTS = 2000;

/**
 * Failed claims of the memberships a unit holds, whichever unit's code they came through, for
 * that unit's officers. Only masked data leaves here, so reading it reveals nothing to audit.
 */
@Injectable()
export class ClaimAttemptsService {
  constructor(
    private readonly attempts: ClaimAttemptsRepository,
    private readonly members: MembersRepository,
    private readonly orgs: OrgsService,
    private readonly channels: ChannelsService,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async list(actor: Actor, unitId: string | undefined): Promise<JoinClaimAttemptList> {
    const units = await this.orgs.subtreeUnits(actor, unitId ?? (await officerRoot(this.orgs, actor)).id);
    const fromDay = chinaDate(new Date(Date.now() - CLAIM_ATTEMPT_RETENTION_DAYS * 86_400_000));
    const rows = await this.attempts.findForUnits(
      units.map((u) => u.id),
      fromDay,
      MAX_ATTEMPTS,
    );
    const groups = new Map<string, JoinClaimAttempt[]>();
    for (const row of rows) {
      const key = `${row.day}|${row.orgUnitId}|${row.idHash}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const [members, unitNames, titles] = await Promise.all([
      this.members.findByIdHashes([...new Set(rows.map((r) => r.idHash))]),
      this.orgs.summariesOf([...new Set(rows.flatMap((r) => [r.orgUnitId, ...(r.viaUnitId ? [r.viaUnitId] : [])]))]),
      this.channels.titlesOf(rows.map((r) => r.viaChannelId)),
    ]);
    const items = [...groups.values()].map((group): JoinClaimAttemptGroup => {
      const [latest] = group;
      const member = members.find((m) => m.idHash === latest.idHash && m.orgUnitId === latest.orgUnitId) ?? members.find((m) => m.idHash === latest.idHash);
      const via = new Map<string, JoinClaimAttemptGroup['via'][number]>();
      for (const row of group) {
        const key = `${row.viaUnitId}|${row.viaChannelId}`;
        const seen = via.get(key) ?? { unit: row.viaUnitId ? (unitNames.get(row.viaUnitId) ?? null) : null, channelTitle: row.viaChannelId ? (titles.get(row.viaChannelId) ?? null) : null, count: 0 };
        via.set(key, { ...seen, count: seen.count + 1 });
      }
      return {
        day: latest.day,
        ...this.maskedPerson(member),
        memberUnit: unitNames.get(latest.orgUnitId) as JoinClaimAttemptGroup['memberUnit'],
        count: group.length,
        accounts: new Set(group.map((r) => r.userId)).size,
        locked: group.length >= CLAIM_ATTEMPTS_PER_DAY,
        via: [...via.values()],
        reasons: [...new Set(group.map((r) => r.reason))] as JoinHoldReason[],
        lastAt: latest.createdAt.toISOString(),
      };
    });
    return { items };
  }

  private maskedPerson(member: Member | undefined): Pick<JoinClaimAttemptGroup, 'memberNameMasked' | 'idNumberMasked'> {
    if (!member) return { memberNameMasked: '—', idNumberMasked: '—' };
    return { memberNameMasked: maskName(member.name), idNumberMasked: maskIdNumber(this.cipher.decrypt('id-number', member.idNumberEnc)) };
  }
}
