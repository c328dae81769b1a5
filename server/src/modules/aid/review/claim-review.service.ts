import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ChangeAction, ClaimAction, type ClaimDetail, type ClaimPage, type ClaimStatus, ClaimStatus as Status, ClaimStatusLabel } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import type { AllConfig } from '../../../config';
import { TransactionRunner } from '../../../database/transaction-runner';
import { AuditService } from '../../audit/audit.service';
import { NotificationsService } from '../../notifications/notifications.service';
import type { OrgUnit } from '../../orgs/org-unit.entity';
import { OrgsService } from '../../orgs/orgs.service';
import { AidChanges } from '../aid-changes';
import { assertPayeeSettled } from '../claims/claim-checks';
import { type ClaimProgress, ClaimProgressPush } from '../claims/claim-progress-push';
import { AidError, AidErrorCode } from '../aid.errors';
import { ClaimTransitions } from '../claims/claim-transitions';
import { ClaimViews } from '../claims/claim-views';
import type { Claim } from '../claims/claim.entity';
import { ClaimsRepository } from '../claims/claims.repository';
import type { ApproveClaimDto, RejectClaimDto, RequestInfoDto } from '../dto/claim-decision.dto';
import type { ListClaimsDto } from '../dto/list-claims.dto';
import { suggestPayout } from '../payout-rule';
import type { AidPlan } from '../plans/aid-plan.entity';
import { PlansService } from '../plans/plans.service';

const WAITING: ClaimStatus[] = [Status.Submitted, Status.Resubmitted, Status.InReview];
/** Before a decision: the statuses in which an officer may confirm another payee. */
const UNDECIDED: ClaimStatus[] = [...WAITING, Status.NeedsInfo];
const yuan = (fen: number): string => (fen / 100).toFixed(2);

/** Officers review the claims of their subtree; every decision and every look at a claim is audited. */
@Injectable()
export class ClaimReviewService {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly plans: PlansService,
    private readonly views: ClaimViews,
    private readonly transitions: ClaimTransitions,
    private readonly changes: AidChanges,
    private readonly progress: ClaimProgressPush,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  async list(actor: Actor, query: ListClaimsDto): Promise<ClaimPage> {
    if (!actor.orgUnitId) throw new AidError(AidErrorCode.ClaimNotFound);
    const root = await this.orgs.assertInScope(actor, actor.orgUnitId);
    const [rows, total] = await this.claims.findInSubtree(root.path, query.status ? [query.status] : WAITING, query.planId, query.offset, query.limit);
    const items = await Promise.all(rows.map(async (claim) => this.views.detail(claim, await this.plans.get(claim.planId), 'officer')));
    return { items, total };
  }

  /** The claim with its documents (signed links) and the payout the rule suggests; the look is audited. */
  async detail(actor: Actor, id: string): Promise<ClaimDetail> {
    const { unit } = await this.findInScope(actor, id);
    await this.transactions.run((manager) => this.audit.record(actor, { action: 'aid.claim.view', targetType: 'aid_claim', targetId: id, orgUnitId: unit.id }, manager));
    return this.detailOf(id);
  }

  startReview(actor: Actor, id: string, version: number): Promise<ClaimDetail> {
    return this.decide(actor, id, version, ClaimAction.StartReview, async () => ({ note: null }));
  }

  requestInfo(actor: Actor, id: string, input: RequestInfoDto): Promise<ClaimDetail> {
    return this.decide(actor, id, input.version, ClaimAction.RequestInfo, async () => ({
      note: input.message.trim(),
      message: { title: '理赔申请需要补充材料', body: `工会需要您补充：${input.message.trim()}。请在“互助”里打开这份申请补充后重新提交。` },
      push: { progress: '需补充材料', note: input.message.trim() },
    }));
  }

  reject(actor: Actor, id: string, input: RejectClaimDto): Promise<ClaimDetail> {
    return this.decide(actor, id, input.version, ClaimAction.Reject, async () => ({
      note: `${input.reasonCode}：${input.note.trim()}`,
      message: { title: '理赔申请未通过', body: `您的理赔申请未通过，原因：${input.note.trim()}。如有疑问请联系所在工会。` },
      push: { progress: '未通过', note: input.note.trim() },
    }));
  }

  /**
   * Approves up to the rule's suggestion. Above the configured threshold the first approval only
   * records the amount; a second, different officer confirms it. Nobody approves his own claim.
   */
  async approve(actor: Actor, id: string, input: ApproveClaimDto): Promise<ClaimDetail> {
    const { claim, unit } = await this.findInScope(actor, id);
    this.assertNotOwn(actor, claim);
    const plan = await this.plans.get(claim.planId);
    const suggested = await this.suggestionFor(claim, plan);
    if (input.amount > suggested.amount) throw new AidError(AidErrorCode.AmountOverRule, { suggested: suggested.amount });
    if (claim.version !== input.version) throw new AidError(AidErrorCode.ChangedMeanwhile);
    if (claim.status !== Status.InReview) throw new AidError(AidErrorCode.IllegalTransition, { from: claim.status, action: ClaimAction.Approve });
    assertPayeeSettled(claim);
    const needsSecond = input.amount > this.config.get('aid.secondApprovalFen', { infer: true });
    await this.transactions.run(async (manager) => {
      if (needsSecond) {
        if (!(await this.claims.move(manager, claim, Status.InReview, { pendingApprovalAmount: input.amount, pendingApprovalBy: actor.userId }))) {
          throw new AidError(AidErrorCode.ChangedMeanwhile);
        }
        await this.transitions.record(manager, claim, 'first-approval', Status.InReview, claim.version + 1, actor, `初审核定 ${yuan(input.amount)} 元，待复核`);
        await this.changes.claimChanged(manager, { ...claim, pendingApprovalAmount: input.amount, version: claim.version + 1 }, ChangeAction.Updated);
      } else {
        await this.transitions.apply(manager, claim, { action: ClaimAction.Approve, by: 'officer', actor, note: input.note?.trim() || null, changes: { approvedAmount: input.amount } });
        await this.notifyApproved(manager, claim, input.amount);
      }
      await this.audit.record(actor, { action: needsSecond ? 'aid.claim.first-approval' : 'aid.claim.approve', targetType: 'aid_claim', targetId: id, orgUnitId: unit.id, detail: { amount: input.amount } }, manager);
    });
    if (!needsSecond) await this.progress.send(claim, '已通过', `核定赔付${yuan(input.amount)}元`);
    return this.detailOf(id);
  }

  /** The second officer confirms the pending amount; the first approver and the claimant cannot. */
  async confirmApproval(actor: Actor, id: string, version: number): Promise<ClaimDetail> {
    const { claim, unit } = await this.findInScope(actor, id);
    this.assertNotOwn(actor, claim);
    if (claim.status !== Status.InReview || claim.pendingApprovalAmount === null) throw new AidError(AidErrorCode.NoApprovalPending);
    if (claim.pendingApprovalBy === actor.userId) throw new AidError(AidErrorCode.SecondApproverRequired);
    if (claim.version !== version) throw new AidError(AidErrorCode.ChangedMeanwhile);
    assertPayeeSettled(claim);
    const amount = claim.pendingApprovalAmount;
    await this.transactions.run(async (manager) => {
      await this.transitions.apply(manager, claim, {
        action: ClaimAction.Approve,
        by: 'officer',
        actor,
        note: `复核确认 ${yuan(amount)} 元`,
        changes: { approvedAmount: amount, pendingApprovalAmount: null },
      });
      await this.audit.record(actor, { action: 'aid.claim.approve', targetType: 'aid_claim', targetId: id, orgUnitId: unit.id, detail: { amount, firstApprover: claim.pendingApprovalBy } }, manager);
      await this.notifyApproved(manager, claim, amount);
    });
    await this.progress.send(claim, '已通过', `核定赔付${yuan(amount)}元`);
    return this.detailOf(id);
  }

  /** Confirms a payee who is not the member, after the officer has checked the member's reason; the claim stays where it is. */
  async approvePayee(actor: Actor, id: string, version: number): Promise<ClaimDetail> {
    const { claim, unit } = await this.findInScope(actor, id);
    this.assertNotOwn(actor, claim);
    if (claim.version !== version) throw new AidError(AidErrorCode.ChangedMeanwhile);
    if (claim.payeeReason === null || claim.payeeApprovedBy !== null) throw new AidError(AidErrorCode.PayeeNotPending);
    if (!UNDECIDED.includes(claim.status)) throw new AidError(AidErrorCode.IllegalTransition, { from: claim.status, action: 'approve-payee' });
    await this.transactions.run(async (manager) => {
      if (!(await this.claims.move(manager, claim, claim.status, { payeeApprovedBy: actor.userId }))) throw new AidError(AidErrorCode.ChangedMeanwhile);
      await this.transitions.record(manager, claim, 'approve-payee', claim.status, claim.version + 1, actor, `${claim.payeeName}（${claim.payeeReason}）`);
      await this.changes.claimChanged(manager, { ...claim, payeeApprovedBy: actor.userId, version: claim.version + 1 }, ChangeAction.Updated);
      await this.audit.record(actor, { action: 'aid.claim.approve-payee', targetType: 'aid_claim', targetId: id, orgUnitId: unit.id, detail: { reason: claim.payeeReason } }, manager);
    });
    return this.detailOf(id);
  }

  private async decide(
    actor: Actor,
    id: string,
    version: number,
    action: ClaimAction,
    describe: () => Promise<{ note: string | null; message?: { title: string; body: string }; push?: { progress: ClaimProgress; note: string } }>,
  ): Promise<ClaimDetail> {
    const { claim, unit } = await this.findInScope(actor, id);
    this.assertNotOwn(actor, claim);
    if (claim.version !== version) throw new AidError(AidErrorCode.ChangedMeanwhile);
    const { note, message, push } = await describe();
    await this.transactions.run(async (manager) => {
      // A new decision clears a pending first approval: the amount is decided afresh.
      const to = await this.transitions.apply(manager, claim, { action, by: 'officer', actor, note, changes: { pendingApprovalAmount: null, pendingApprovalBy: null } });
      await this.audit.record(actor, { action: `aid.claim.${action}`, targetType: 'aid_claim', targetId: id, orgUnitId: unit.id, detail: note ? { note, to } : { to } }, manager);
      if (message) await this.notifications.notifyInApp(manager, claim.userId, { ...message, link: `/claim/detail/index?id=${claim.id}` });
    });
    if (push) await this.progress.send(claim, push.progress, push.note);
    return this.detailOf(id);
  }

  private notifyApproved(manager: EntityManager, claim: Claim, amount: number): Promise<void> {
    return this.notifications.notifyInApp(manager, claim.userId, {
      title: '理赔申请已通过',
      body: `您的理赔申请已审核通过，核定赔付 ${yuan(amount)} 元，将打入尾号 ${claim.bankAccountMasked.slice(-4)} 的银行卡。状态：${ClaimStatusLabel.approved}。`,
      link: `/claim/detail/index?id=${claim.id}`,
    });
  }

  private async suggestionFor(claim: Claim, plan: AidPlan): Promise<{ amount: number; steps: string[] }> {
    const paidThisYear = await this.claims.sumCountedThisYear(claim.enrollmentId, claim.eventDate.slice(0, 4), claim.id);
    return suggestPayout(plan.payoutRule, { eligibleExpenses: claim.eligibleExpenses, paidThisYear });
  }

  private assertNotOwn(actor: Actor, claim: Claim): void {
    if (claim.userId === actor.userId) throw new AidError(AidErrorCode.OwnClaim);
  }

  /** 404 for unknown ids, 403 for claims outside the officer's subtree. */
  private async findInScope(actor: Actor, id: string): Promise<{ claim: Claim; unit: OrgUnit }> {
    const claim = await this.claims.findById(id);
    if (!claim) throw new AidError(AidErrorCode.ClaimNotFound);
    const unit = await this.orgs.assertInScope(actor, claim.orgUnitId);
    return { claim, unit };
  }

  private async detailOf(id: string): Promise<ClaimDetail> {
    const claim = (await this.claims.findById(id)) as Claim;
    const plan = await this.plans.get(claim.planId);
    return this.views.detail(claim, plan, 'officer', await this.suggestionFor(claim, plan));
  }
}
