import { Injectable } from '@nestjs/common';
import { ClaimAction, ClaimStatus, type PayoutBatchStatus, type PayoutImportResult, type PayoutOverview } from '@unionhub/shared';
import type { Actor } from '../../../common/actor';
import { CommonError } from '../../../common/common.errors';
import { DomainError } from '../../../common/domain-error';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { TransactionRunner } from '../../../database/transaction-runner';
import { AuditService } from '../../audit/audit.service';
import { decodeBase64 } from '../../files/files.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { OrgsService } from '../../orgs/orgs.service';
import { AidError, AidErrorCode } from '../aid.errors';
import { ClaimProgressPush } from '../claims/claim-progress-push';
import { ClaimTransitions } from '../claims/claim-transitions';
import { ClaimsRepository } from '../claims/claims.repository';
import { PlansService } from '../plans/plans.service';
import { type PaymentRow, paymentCsv, paymentXlsx, readResultRows, XLSX_TYPE } from './payout-files';
import type { PayoutBatch } from './payout-batch.entity';
import { PayoutsRepository } from './payouts.repository';

/** One bank file carries at most this many payments; the rest wait for the next batch. */
const BATCH_LIMIT = 500;
const MAX_RESULT_BYTES = 5 * 1024 * 1024;
const yuan = (fen: number): string => (fen / 100).toFixed(2);

export interface PayoutFile {
  batchId: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const batchStatus = (batch: PayoutBatch): PayoutBatchStatus =>
  batch.paidCount + batch.failedCount >= batch.claimCount ? 'settled' : batch.settledAt ? 'partial' : 'waiting';

/** Payment batches: approved claims out to the bank as a file, the bank's result file back in. */
@Injectable()
export class PayoutsService {
  constructor(
    private readonly batches: PayoutsRepository,
    private readonly claims: ClaimsRepository,
    private readonly plans: PlansService,
    private readonly transitions: ClaimTransitions,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly progress: ClaimProgressPush,
    private readonly cipher: PersonalDataCipher,
    private readonly transactions: TransactionRunner,
  ) {}

  /** What the next batch would carry and the subtree's batches so far, newest first. */
  async overview(actor: Actor, offset: number, limit: number): Promise<PayoutOverview> {
    if (!actor.orgUnitId) throw CommonError.forbidden();
    const root = await this.orgs.assertInScope(actor, actor.orgUnitId);
    const [ready, [batches, total]] = await Promise.all([this.claims.sumApprovedInSubtree(root.path), this.batches.findInSubtree(root.path, offset, limit)]);
    const units = await this.orgs.summariesOf(batches.map((batch) => batch.orgUnitId));
    return {
      ready,
      total,
      batches: batches.map((batch) => ({
        id: batch.id,
        orgUnitName: units.get(batch.orgUnitId)?.name ?? '',
        status: batchStatus(batch),
        claimCount: batch.claimCount,
        totalAmount: batch.totalAmount,
        paidCount: batch.paidCount,
        failedCount: batch.failedCount,
        createdAt: batch.createdAt.toISOString(),
        settledAt: batch.settledAt?.toISOString() ?? null,
      })),
    };
  }

  /** Marks the subtree's approved claims paying and returns the payment file; the accounts revealed are audited. */
  async export(actor: Actor, format: 'xlsx' | 'csv'): Promise<PayoutFile> {
    if (!actor.orgUnitId) throw CommonError.forbidden();
    const root = await this.orgs.assertInScope(actor, actor.orgUnitId);
    const claims = await this.claims.findApprovedInSubtree(root.path, BATCH_LIMIT);
    if (claims.length === 0) throw new AidError(AidErrorCode.NothingToPay);
    const total = claims.reduce((sum, claim) => sum + (claim.approvedAmount ?? 0), 0);
    const batch = await this.transactions.run(async (manager) => {
      const created = await this.batches.insert(manager, { orgUnitId: root.id, createdBy: actor.userId, claimCount: claims.length, totalAmount: total });
      for (const claim of claims) {
        await this.transitions.apply(manager, claim, { action: ClaimAction.StartPayment, by: 'officer', actor, note: `付款批次 ${created.id.slice(0, 8)}`, changes: { payoutBatchId: created.id } });
      }
      await this.audit.record(actor, { action: 'aid.payout.export', targetType: 'aid_payout_batch', targetId: created.id, orgUnitId: root.id, detail: { claims: claims.length, total, format } }, manager);
      return created;
    });
    const rows: PaymentRow[] = await Promise.all(
      claims.map(async (claim) => [claim.id, claim.payeeName, this.cipher.decrypt('bank-account', claim.bankAccountEnc), yuan(claim.approvedAmount ?? 0), `互助保障赔付-${(await this.plans.get(claim.planId)).name}`] as PaymentRow),
    );
    const stamp = new Date().toISOString().slice(0, 10);
    return format === 'csv'
      ? { batchId: batch.id, fileName: `互助赔付-${root.code}-${stamp}.csv`, contentType: 'text/csv; charset=utf-8', bytes: paymentCsv(rows) }
      : { batchId: batch.id, fileName: `互助赔付-${root.code}-${stamp}.xlsx`, contentType: XLSX_TYPE, bytes: await paymentXlsx(rows) };
  }

  /** Applies the bank's answer: 成功 → paid, 失败 → back to approved for the next batch. Rows already applied are skipped. */
  async importResult(actor: Actor, batchId: string, content: string): Promise<PayoutImportResult> {
    const batch = await this.batches.findById(batchId);
    if (!batch) throw new AidError(AidErrorCode.BatchNotFound);
    await this.orgs.assertInScope(actor, batch.orgUnitId);
    let rows: string[][];
    try {
      rows = await readResultRows(decodeBase64(content, MAX_RESULT_BYTES));
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new AidError(AidErrorCode.ResultFileInvalid);
    }
    const body = rows[0]?.[0] === '理赔编号' ? rows.slice(1) : rows;
    if (body.length === 0 || body.some((row) => row.length < 2)) throw new AidError(AidErrorCode.ResultFileInvalid);
    const claims = new Map((await this.claims.findByBatch(batchId)).map((claim) => [claim.id, claim]));
    const result: PayoutImportResult = { paid: 0, failed: 0, skipped: [], rows: [] };
    const skip = (row: number, claimId: string, reason: string) => {
      result.skipped.push({ row, claimId, reason });
      result.rows.push({ row, claimId, outcome: 'unchanged', reason });
    };
    await this.transactions.run(async (manager) => {
      for (const [index, [claimId, outcome, note]] of body.entries()) {
        const claim = claims.get(claimId);
        const row = index + 2;
        if (!claim) {
          skip(row, claimId, '不在这个付款批次里');
          continue;
        }
        if (claim.status !== ClaimStatus.Paying) {
          skip(row, claimId, '已处理过');
          continue;
        }
        const success = outcome === '成功';
        if (!success && outcome !== '失败') {
          skip(row, claimId, '结果应为“成功”或“失败”');
          continue;
        }
        await this.transitions.apply(manager, claim, {
          action: success ? ClaimAction.ConfirmPaid : ClaimAction.PaymentFailed,
          by: 'officer',
          actor,
          note: note?.slice(0, 200) || null,
        });
        await this.notifications.notifyInApp(manager, claim.userId, success
          ? { title: '互助保障已赔付', body: `${yuan(claim.approvedAmount ?? 0)} 元已打入尾号 ${claim.bankAccountMasked.slice(-4)} 的银行卡，请注意查收。`, link: `/claim/detail/index?id=${claim.id}` }
          : { title: '赔付打款未成功', body: `银行退回了这笔打款${note ? `（${note.slice(0, 40)}）` : ''}，工会会在下一批重新打款；如银行卡有变化请联系所在工会。`, link: `/claim/detail/index?id=${claim.id}` });
        if (success) result.paid += 1;
        else result.failed += 1;
        result.rows.push({ row, claimId, outcome: success ? 'paid' : 'failed', reason: note || null });
      }
      await this.batches.recordOutcome(manager, batchId, result.paid, result.failed);
      await this.audit.record(actor, { action: 'aid.payout.result', targetType: 'aid_payout_batch', targetId: batchId, orgUnitId: batch.orgUnitId, detail: { paid: result.paid, failed: result.failed, skipped: result.skipped.length } }, manager);
    });
    for (const { claimId } of result.rows.filter((r) => r.outcome === 'paid')) {
      const claim = claims.get(claimId);
      if (claim) await this.progress.send(claim, '已赔付', `${yuan(claim.approvedAmount ?? 0)}元已打入尾号${claim.bankAccountMasked.slice(-4)}的银行卡`);
    }
    return result;
  }
}
