import { Injectable } from '@nestjs/common';
import { ChangeAction, ClaimAction, type ClaimDetail, ClaimStatus, maskBankAccount } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { TransactionRunner } from '../../../database/transaction-runner';
import { isUniqueViolation } from '../../../database/unique-violation';
import { FilesService } from '../../files/files.service';
import { IdempotencyService, type IdempotentResult } from '../../idempotency/idempotency.service';
import { OrgsService } from '../../orgs/orgs.service';
import { AidChanges } from '../aid-changes';
import { AidError, AidErrorCode } from '../aid.errors';
import type { CreateClaimDto } from '../dto/create-claim.dto';
import type { UploadDocumentDto } from '../dto/upload-document.dto';
import { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import { EnrollmentsService } from '../enrollments/enrollments.service';
import { PayeeCardsService } from '../payee-card/payee-cards.service';
import { PlansService } from '../plans/plans.service';
import { assertClaimable, assertCovered, assertDatesValid, payeeReasonFor } from './claim-checks';
import { ClaimTransitions } from './claim-transitions';
import { ClaimViews, missingDocuments } from './claim-views';
import type { Claim } from './claim.entity';
import { ClaimsRepository } from './claims.repository';

/** Statuses in which the member may still add documents. */
const OPEN_FOR_DOCUMENTS: ClaimStatus[] = [ClaimStatus.Draft, ClaimStatus.NeedsInfo];

/** The member's side: a draft, its documents, submission with every check, resubmission, withdrawal. */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly enrollments: EnrollmentsService,
    private readonly enrollmentRows: EnrollmentsRepository,
    private readonly plans: PlansService,
    private readonly orgs: OrgsService,
    private readonly views: ClaimViews,
    private readonly transitions: ClaimTransitions,
    private readonly changes: AidChanges,
    private readonly files: FilesService,
    private readonly idempotency: IdempotencyService,
    private readonly cipher: PersonalDataCipher,
    private readonly payeeCards: PayeeCardsService,
    private readonly transactions: TransactionRunner,
  ) {}

  create(actor: Actor, input: CreateClaimDto, key: string): Promise<IdempotentResult<ClaimDetail>> {
    return this.idempotency.execute({ userId: actor.userId, key, route: 'POST /api/me/claims', body: input }, async () => {
      const enrollment = await this.enrollments.ownEnrollment(actor, input.enrollmentId);
      const plan = await this.plans.get(enrollment.planId);
      assertCovered(plan, enrollment, input.eventDate);
      const payeeReason = payeeReasonFor({ payeeName: input.payeeName, payeeReason: input.payeeIsOther ? input.payeeReason : null }, await this.enrollmentRows.findMemberName(enrollment.memberId));
      const unit = await this.orgs.findById(enrollment.orgUnitId);
      const claim = await this.transactions.run(async (manager) => {
        const created = await this.claims.insert(manager, {
          userId: actor.userId,
          memberId: enrollment.memberId,
          planId: plan.id,
          enrollmentId: enrollment.id,
          orgUnitId: enrollment.orgUnitId,
          unitPath: unit?.path ?? '',
          status: ClaimStatus.Draft,
          version: 1,
          eventDate: input.eventDate,
          dischargeDate: input.dischargeDate ?? null,
          hospital: input.hospital.trim(),
          insuranceTxn: input.insuranceTxn ?? null,
          invoiceNumbers: [...new Set(input.invoiceNumbers.map((n) => n.toUpperCase()))],
          totalExpenses: input.totalExpenses,
          eligibleExpenses: Math.min(input.eligibleExpenses, input.totalExpenses),
          approvedAmount: null,
          pendingApprovalAmount: null,
          pendingApprovalBy: null,
          payeeName: input.payeeName.trim(),
          payeeReason,
          payeeApprovedBy: null,
          ...(await this.payee(manager, actor, input, { id: enrollment.memberId, orgUnitId: enrollment.orgUnitId }, payeeReason === null)),
          flaggedDuplicate: false,
          payoutBatchId: null,
          submittedOn: null,
        });
        await this.transitions.record(manager, created, 'create', ClaimStatus.Draft, 1, actor, null);
        await this.changes.claimChanged(manager, created, ChangeAction.Created);
        return created;
      });
      return { status: 201, body: await this.views.detail(claim, plan, 'member') };
    });
  }

  async upload(actor: Actor, id: string, input: UploadDocumentDto): Promise<ClaimDetail> {
    const claim = await this.ownClaim(actor, id);
    const plan = await this.plans.get(claim.planId);
    if (!OPEN_FOR_DOCUMENTS.includes(claim.status)) throw new AidError(AidErrorCode.IllegalTransition, { from: claim.status, action: 'upload' });
    if (!plan.requiredDocuments.includes(input.kind)) throw new AidError(AidErrorCode.DocumentNotRequired);
    const stored = await this.files.storeDocument(input.content);
    try {
      await this.transactions.run(async (manager) => {
        await this.claims.insertDocument(manager, { claimId: claim.id, kind: input.kind, fileKey: stored.key, contentType: stored.contentType, size: stored.size, contentHash: stored.sha256 });
        await this.transitions.record(manager, claim, 'upload', claim.status, claim.version, actor, input.kind);
      });
    } catch (error) {
      await this.files.discard(stored.key);
      throw error;
    }
    return this.views.detail(claim, plan, 'member');
  }

  submit(actor: Actor, id: string, key: string): Promise<IdempotentResult<ClaimDetail>> {
    return this.idempotency.execute({ userId: actor.userId, key, route: 'POST /api/me/claims/:id/submit', body: { id } }, async () => {
      const claim = await this.ownClaim(actor, id);
      const plan = await this.plans.get(claim.planId);
      const enrollment = await this.enrollmentRows.findById(claim.enrollmentId);
      if (!enrollment) throw new AidError(AidErrorCode.NotCovered);
      if (claim.status !== ClaimStatus.Draft) throw new AidError(AidErrorCode.IllegalTransition, { from: claim.status, action: ClaimAction.Submit });
      assertClaimable(plan, enrollment, claim, await this.claims.sumCountedThisYear(enrollment.id, claim.eventDate.slice(0, 4), claim.id));
      payeeReasonFor(claim, await this.enrollmentRows.findMemberName(claim.memberId));
      const missing = missingDocuments(plan, await this.claims.documentsOf([claim.id]));
      if (missing.length > 0) throw new AidError(AidErrorCode.DocumentsMissing, { missing });
      await this.transactions
        .run(async (manager) => {
          const taken = await this.claims.claimInvoices(manager, claim.id, claim.invoiceNumbers);
          if (taken.length > 0) throw new AidError(AidErrorCode.InvoiceAlreadyClaimed, { invoiceNumbers: taken });
          await this.transitions.apply(manager, claim, { action: ClaimAction.Submit, by: 'member', actor, changes: { submittedOn: new Date().toISOString().slice(0, 10) } });
        })
        .catch(async (error: unknown) => {
          const duplicate = isUniqueViolation(error) || (error instanceof AidError && error.code === AidErrorCode.InvoiceAlreadyClaimed);
          if (!duplicate) throw error;
          await this.flagDuplicate(claim);
          throw error instanceof AidError ? error : new AidError(AidErrorCode.InvoiceAlreadyClaimed);
        });
      return { status: 200, body: await this.detailOf(actor, id) };
    });
  }

  async resubmit(actor: Actor, id: string, note: string | undefined): Promise<ClaimDetail> {
    const claim = await this.ownClaim(actor, id);
    const plan = await this.plans.get(claim.planId);
    // A claim filed before today's checks existed is held to them when it comes back.
    assertDatesValid(claim);
    const missing = missingDocuments(plan, await this.claims.documentsOf([claim.id]));
    if (missing.length > 0 && claim.status === ClaimStatus.NeedsInfo) throw new AidError(AidErrorCode.DocumentsMissing, { missing });
    await this.transactions.run((manager) => this.transitions.apply(manager, claim, { action: ClaimAction.Resubmit, by: 'member', actor, note: note?.trim() || null }));
    return this.detailOf(actor, id);
  }

  async withdraw(actor: Actor, id: string, note: string | undefined): Promise<ClaimDetail> {
    const claim = await this.ownClaim(actor, id);
    await this.transactions.run((manager) => this.transitions.apply(manager, claim, { action: ClaimAction.Withdraw, by: 'member', actor, note: note?.trim() || null }));
    return this.detailOf(actor, id);
  }

  async mine(actor: Actor): Promise<ClaimDetail[]> {
    const claims = await this.claims.findLatestByUser(actor.userId);
    return Promise.all(claims.map(async (claim) => this.views.detail(claim, await this.plans.get(claim.planId), 'member')));
  }

  async detailOf(actor: Actor, id: string): Promise<ClaimDetail> {
    const claim = await this.ownClaim(actor, id);
    return this.views.detail(claim, await this.plans.get(claim.planId), 'member');
  }

  /** Another member's claim reads as unknown: 404, never 403, so ids cannot be probed. */
  private async ownClaim(actor: Actor, id: string): Promise<Claim> {
    const claim = await this.claims.findById(id);
    if (!claim || claim.userId !== actor.userId) throw new AidError(AidErrorCode.ClaimNotFound);
    return claim;
  }

  /** The blocked draft and the claim that holds the invoice both get a flag the officer sees. */
  private async flagDuplicate(claim: Claim): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.claims.flagDuplicates(manager, claim.id, claim.invoiceNumbers);
    });
  }

  /**
   * The claim's bank account: the card on file copied as stored, or the typed one (kept as the card
   * on file when it is the member's own first 互助服务卡; another payee's card never is).
   */
  private async payee(
    manager: EntityManager,
    actor: Actor,
    input: CreateClaimDto,
    member: { id: string; orgUnitId: string },
    paidToMember: boolean,
  ): Promise<Pick<Claim, 'bankAccountEnc' | 'bankAccountMasked'>> {
    if (input.useCardOnFile) {
      const card = await this.payeeCards.onFile(manager, member.id);
      return { bankAccountEnc: card.cardEnc, bankAccountMasked: card.cardMasked };
    }
    const account = input.bankAccount as string;
    if (input.payeeKind === 'aid-card' && paidToMember) await this.payeeCards.rememberIfNone(manager, actor, member, account);
    return { bankAccountEnc: this.cipher.encrypt('bank-account', account), bankAccountMasked: maskBankAccount(account) };
  }
}
