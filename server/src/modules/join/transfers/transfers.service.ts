import { Injectable } from '@nestjs/common';
import { maskName, type OrgUnitSummary, type TransferSummary } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import type { OrgUnit } from '../../orgs/org-unit.entity';
import { OrgsService } from '../../orgs/orgs.service';
import type { JoinApplication } from '../applications/join-application.entity';
import type { Member } from '../members/member.entity';
import { MembersRepository } from '../members/members.repository';
import { officerRoot } from '../officer-scope';
import type { Transfer } from './transfer.entity';
import { TransfersRepository } from './transfers.repository';

/**
 * 组织关系转接 requests. A member who joins in another unit gets one open request instead of a
 * second membership; deciding requests is a later feature, so here they are recorded and listed.
 */
@Injectable()
export class TransfersService {
  constructor(
    private readonly transfers: TransfersRepository,
    private readonly members: MembersRepository,
    private readonly orgs: OrgsService,
  ) {}

  findOpen(manager: EntityManager, member: Member): Promise<Transfer | null> {
    return this.transfers.findOpenForMember(manager, member.id);
  }

  /** A unique index on the open member id refuses a second open request under any race. */
  request(manager: EntityManager, member: Member, application: JoinApplication, to: OrgUnit): Promise<Transfer> {
    return this.transfers.insert(manager, {
      memberId: member.id,
      applicationId: application.id,
      fromUnitId: member.orgUnitId,
      fromUnitPath: member.unitPath,
      toUnitId: to.id,
      toUnitPath: to.path,
      status: 'requested',
      openMemberId: member.id,
    });
  }

  /** Requests out of or into the officer's subtree, so that both units' officers see them. */
  async list(actor: Actor): Promise<TransferSummary[]> {
    const root = await officerRoot(this.orgs, actor);
    const transfers = await this.transfers.findTouchingSubtree(root.path);
    const members = new Map((await this.members.findByIds(transfers.map((t) => t.memberId))).map((m) => [m.id, m]));
    const units = await this.orgs.summariesOf(transfers.flatMap((t) => [t.fromUnitId, t.toUnitId]));
    return transfers.map((t) => toSummary(t, members.get(t.memberId) as Member, units));
  }

  async summaryOf(transfer: Transfer, member: Member): Promise<TransferSummary> {
    return toSummary(transfer, member, await this.orgs.summariesOf([transfer.fromUnitId, transfer.toUnitId]));
  }
}

function toSummary(transfer: Transfer, member: Member, units: Map<string, OrgUnitSummary>): TransferSummary {
  return {
    id: transfer.id,
    status: transfer.status,
    nameMasked: maskName(member.name),
    memberNumber: member.memberNumber,
    fromUnit: units.get(transfer.fromUnitId) as OrgUnitSummary,
    toUnit: units.get(transfer.toUnitId) as OrgUnitSummary,
    createdAt: transfer.createdAt.toISOString(),
  };
}
