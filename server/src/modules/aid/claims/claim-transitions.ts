import { Injectable } from '@nestjs/common';
import { type ClaimAction, ChangeAction, type ClaimStatus } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { AidChanges } from '../aid-changes';
import { AidError, AidErrorCode } from '../aid.errors';
import { type ClaimActor, nextClaimStatus } from '../claim-state';
import type { Claim } from './claim.entity';
import { type ClaimChanges, ClaimsRepository } from './claims.repository';

/** One step of the lifecycle: checked against the table, applied only to the version seen, recorded as an event and in the change feed. */
@Injectable()
export class ClaimTransitions {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly changes: AidChanges,
  ) {}

  async apply(
    manager: EntityManager,
    claim: Claim,
    step: { action: ClaimAction; by: ClaimActor; actor: Actor; note?: string | null; changes?: ClaimChanges },
  ): Promise<ClaimStatus> {
    const to = nextClaimStatus(claim.status, step.action, step.by);
    if (!(await this.claims.move(manager, claim, to, step.changes))) throw new AidError(AidErrorCode.ChangedMeanwhile);
    await this.record(manager, claim, step.action, to, claim.version + 1, step.actor, step.note ?? null);
    await this.changes.claimChanged(manager, { ...claim, ...step.changes, status: to, version: claim.version + 1 }, ChangeAction.Updated);
    return to;
  }

  /** An event that does not move the claim (created, a document added, a first approval). */
  record(manager: EntityManager, claim: Pick<Claim, 'id' | 'status'>, action: string, to: ClaimStatus, version: number, actor: Actor, note: string | null): Promise<void> {
    const fromStatus = action === 'create' ? null : claim.status;
    return this.claims.insertEvent(manager, { claimId: claim.id, action, fromStatus, toStatus: to, version, actorId: actor.userId, actorRole: actor.role, note });
  }
}
