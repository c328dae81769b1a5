import { Injectable } from '@nestjs/common';
import { type ApplicationStatus, ChangeAction, ChangeType, maskName } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import { ChangeFeedService } from '../sync/changes/change-feed.service';
import type { JoinApplication } from './applications/join-application.entity';
import type { Member } from './members/member.entity';
import type { Transfer } from './transfers/transfer.entity';

/**
 * The join domain's entries in the change feed, with the snapshot each carries. Called inside the
 * write transaction; snapshots hold names masked and no ID number or phone at all.
 */
@Injectable()
export class JoinChanges {
  constructor(private readonly feed: ChangeFeedService) {}

  applicationCreated(manager: EntityManager, application: JoinApplication): Promise<void> {
    return this.feed.record(manager, {
      type: ChangeType.Application,
      action: ChangeAction.Created,
      subjectId: application.id,
      unitId: application.orgUnitId,
      data: { status: application.status, channelId: application.channelId, occupation: application.occupation, nameMasked: maskName(application.name), memberId: application.memberId },
    });
  }

  applicationDecided(manager: EntityManager, application: JoinApplication, status: ApplicationStatus, memberId: string | null): Promise<void> {
    return this.feed.record(manager, {
      type: ChangeType.Application,
      action: ChangeAction.Updated,
      subjectId: application.id,
      unitId: application.orgUnitId,
      data: { status, memberId },
    });
  }

  memberChanged(manager: EntityManager, member: Member, action: ChangeAction): Promise<void> {
    return this.feed.record(manager, {
      type: ChangeType.Member,
      action,
      subjectId: member.id,
      unitId: member.orgUnitId,
      data: { memberNumber: member.memberNumber, nameMasked: maskName(member.name), status: member.status, joinedOn: member.joinedOn, unitId: member.orgUnitId },
    });
  }

  transferChanged(manager: EntityManager, transfer: Transfer, action: ChangeAction): Promise<void> {
    return this.feed.record(manager, {
      type: ChangeType.Transfer,
      action,
      subjectId: transfer.id,
      unitId: transfer.fromUnitId,
      otherUnitId: transfer.toUnitId,
      data: {
        memberId: transfer.memberId,
        status: transfer.status,
        origin: transfer.origin,
        fromUnitId: transfer.fromUnitId,
        toUnitId: transfer.toUnitId,
        refusedBy: transfer.refusedBy,
        refuseReason: transfer.refuseReason,
      },
    });
  }
}
