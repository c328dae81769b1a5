import { Injectable } from '@nestjs/common';
import { type ClaimAction, type ClaimDetail, type ClaimDocumentKind, ClaimNextStep, ClaimStatusLabel } from '@unionhub/shared';
import { FilesService } from '../../files/files.service';
import { availableClaimActions, type ClaimActor } from '../claim-state';
import type { AidPlan } from '../plans/aid-plan.entity';
import type { ClaimDocument } from './claim-document.entity';
import type { Claim } from './claim.entity';
import { ClaimsRepository } from './claims.repository';

export const missingDocuments = (plan: AidPlan, documents: ClaimDocument[]): ClaimDocumentKind[] =>
  plan.requiredDocuments.filter((kind) => !documents.some((d) => d.kind === kind));

/** A claim as its owner or a reviewing officer sees it: bank account masked, files by signed link only. */
@Injectable()
export class ClaimViews {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly files: FilesService,
  ) {}

  async detail(claim: Claim, plan: AidPlan, viewer: ClaimActor, suggestedPayout: ClaimDetail['suggestedPayout'] = null): Promise<ClaimDetail> {
    const [documents, events] = await Promise.all([this.claims.documentsOf([claim.id]), this.claims.eventsOf(claim.id)]);
    return {
      id: claim.id,
      planId: plan.id,
      planName: plan.name,
      status: claim.status,
      statusLabel: ClaimStatusLabel[claim.status],
      nextStep: ClaimNextStep[claim.status],
      eventDate: claim.eventDate,
      dischargeDate: claim.dischargeDate,
      hospital: claim.hospital,
      insuranceTxn: claim.insuranceTxn,
      invoiceNumbers: claim.invoiceNumbers,
      totalExpenses: claim.totalExpenses,
      eligibleExpenses: claim.eligibleExpenses,
      approvedAmount: claim.approvedAmount,
      pendingApprovalAmount: claim.pendingApprovalAmount,
      payeeName: claim.payeeName,
      payeeApproval: claim.payeeReason === null ? 'not-needed' : claim.payeeApprovedBy === null ? 'pending' : 'approved',
      payeeReason: claim.payeeReason,
      bankAccountMasked: claim.bankAccountMasked,
      flaggedDuplicate: claim.flaggedDuplicate,
      documents: documents.map((d) => ({ id: d.id, kind: d.kind, contentType: d.contentType, size: d.size, url: this.files.linkTo(d.fileKey) })),
      missingDocuments: missingDocuments(plan, documents),
      events: events.map((e) => ({
        action: e.action as ClaimAction,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actorRole: e.actorRole,
        note: e.note,
        at: e.createdAt.toISOString(),
      })),
      actions: availableClaimActions(claim.status, viewer),
      suggestedPayout,
      version: claim.version,
    };
  }
}
