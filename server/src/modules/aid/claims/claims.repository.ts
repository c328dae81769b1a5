import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ClaimStatus } from '@unionhub/shared';
import { type EntityManager, In, type Repository } from 'typeorm';
import { ClaimDocument } from './claim-document.entity';
import { ClaimEvent } from './claim-event.entity';
import { ClaimInvoice } from './claim-invoice.entity';
import { Claim } from './claim.entity';

export type NewClaim = Omit<Claim, 'id' | 'createdAt' | 'updatedAt'>;
export type ClaimChanges = Partial<Pick<Claim, 'approvedAmount' | 'pendingApprovalAmount' | 'pendingApprovalBy' | 'flaggedDuplicate' | 'submittedOn' | 'payoutBatchId' | 'payeeApprovedBy'>>;

/** Statuses whose amount counts against the yearly cap. */
const COUNTED = [ClaimStatus.Approved, ClaimStatus.Paying, ClaimStatus.Paid];

@Injectable()
export class ClaimsRepository {
  constructor(
    @InjectRepository(Claim) private readonly claims: Repository<Claim>,
    @InjectRepository(ClaimEvent) private readonly events: Repository<ClaimEvent>,
    @InjectRepository(ClaimDocument) private readonly documents: Repository<ClaimDocument>,
  ) {}

  findById(id: string, manager?: EntityManager): Promise<Claim | null> {
    return (manager?.getRepository(Claim) ?? this.claims).findOneBy({ id });
  }

  findLatestByUser(userId: string): Promise<Claim[]> {
    return this.claims.find({ where: { userId }, order: { createdAt: 'DESC' }, take: 50 });
  }

  /** An officer's queue under `path`, oldest first. */
  findInSubtree(path: string, statuses: ClaimStatus[], planId: string | undefined, offset: number, limit: number): Promise<[Claim[], number]> {
    const query = this.claims
      .createQueryBuilder('c')
      .where('c.unitPath LIKE :prefix AND c.status IN (:...statuses)', { prefix: `${path}%`, statuses })
      .orderBy('c.createdAt', 'ASC')
      .skip(offset)
      .take(limit);
    if (planId) query.andWhere('c.planId = :planId', { planId });
    return query.getManyAndCount();
  }

  /** The approved claims of a subtree waiting for the next payment batch, oldest first. */
  findApprovedInSubtree(path: string, limit: number): Promise<Claim[]> {
    return this.claims
      .createQueryBuilder('c')
      .where('c.unitPath LIKE :prefix AND c.status = :status', { prefix: `${path}%`, status: ClaimStatus.Approved })
      .orderBy('c.createdAt', 'ASC')
      .take(limit)
      .getMany();
  }

  /** How many approved claims under `path` wait for a payment batch, and their sum in fen. */
  async sumApprovedInSubtree(path: string): Promise<{ count: number; amount: number }> {
    const row = await this.claims
      .createQueryBuilder('c')
      .select('COUNT(*)', 'count')
      .addSelect('COALESCE(SUM(c.approvedAmount), 0)', 'amount')
      .where('c.unitPath LIKE :prefix AND c.status = :status', { prefix: `${path}%`, status: ClaimStatus.Approved })
      .getRawOne<{ count: unknown; amount: unknown }>();
    return { count: Number(row?.count ?? 0), amount: Number(row?.amount ?? 0) };
  }

  findByBatch(batchId: string): Promise<Claim[]> {
    return this.claims.find({ where: { payoutBatchId: batchId }, order: { createdAt: 'ASC' } });
  }

  async sumCountedThisYear(enrollmentId: string, year: string, exceptClaimId: string): Promise<number> {
    const row = await this.claims
      .createQueryBuilder('c')
      .select('COALESCE(SUM(c.approvedAmount), 0)', 'total')
      .where('c.enrollmentId = :enrollmentId AND c.status IN (:...statuses) AND c.eventDate LIKE :year AND c.id <> :exceptClaimId', {
        enrollmentId,
        statuses: COUNTED,
        year: `${year}-%`,
        exceptClaimId,
      })
      .getRawOne<{ total: string | number }>();
    return Number(row?.total ?? 0);
  }

  async insert(manager: EntityManager, claim: NewClaim): Promise<Claim> {
    const repository = manager.getRepository(Claim);
    return repository.save(repository.create(claim));
  }

  /**
   * Moves a claim only if it is still in `from` at `version`: of two officers deciding at once, one
   * changes the row and the other gets false.
   */
  async move(manager: EntityManager, claim: Pick<Claim, 'id' | 'status' | 'version'>, to: ClaimStatus, changes: ClaimChanges = {}): Promise<boolean> {
    const result = await manager
      .getRepository(Claim)
      .update({ id: claim.id, status: claim.status, version: claim.version }, { ...changes, status: to, version: claim.version + 1 });
    return result.affected === 1;
  }

  async insertEvent(manager: EntityManager, event: Omit<ClaimEvent, 'id' | 'createdAt'>): Promise<void> {
    await manager.getRepository(ClaimEvent).insert(event);
  }

  eventsOf(claimId: string): Promise<ClaimEvent[]> {
    return this.events.find({ where: { claimId }, order: { version: 'ASC', createdAt: 'ASC' } });
  }

  documentsOf(claimIds: string[]): Promise<ClaimDocument[]> {
    return claimIds.length === 0 ? Promise.resolve([]) : this.documents.find({ where: { claimId: In(claimIds) }, order: { createdAt: 'ASC' } });
  }

  /** Which of these stored file keys belong to a claim document. */
  async fileKeysInUse(keys: string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows = await this.documents.find({ select: { fileKey: true }, where: { fileKey: In(keys) } });
    return rows.map((row) => row.fileKey);
  }

  findDocument(claimId: string, documentId: string): Promise<ClaimDocument | null> {
    return this.documents.findOneBy({ id: documentId, claimId });
  }

  async insertDocument(manager: EntityManager, document: Omit<ClaimDocument, 'id' | 'createdAt'>): Promise<ClaimDocument> {
    const repository = manager.getRepository(ClaimDocument);
    return repository.save(repository.create(document));
  }

  /** Records the invoice numbers as claimed; false when one of them already was (the unique index decides). */
  async claimInvoices(manager: EntityManager, claimId: string, invoiceNumbers: string[]): Promise<string[]> {
    const taken = await manager.getRepository(ClaimInvoice).find({ where: { invoiceNumber: In(invoiceNumbers) } });
    const foreign = taken.filter((row) => row.claimId !== claimId).map((row) => row.invoiceNumber);
    if (foreign.length > 0) return foreign;
    const fresh = invoiceNumbers.filter((n) => !taken.some((row) => row.invoiceNumber === n));
    if (fresh.length > 0) await manager.getRepository(ClaimInvoice).insert(fresh.map((invoiceNumber) => ({ invoiceNumber, claimId })));
    return [];
  }

  /** Flags a claim and every claim already holding one of its invoice numbers. */
  async flagDuplicates(manager: EntityManager, claimId: string, invoiceNumbers: string[]): Promise<void> {
    const holders = await manager.getRepository(ClaimInvoice).find({ where: { invoiceNumber: In(invoiceNumbers) } });
    const ids = [...new Set([claimId, ...holders.map((h) => h.claimId)])];
    await manager.getRepository(Claim).update({ id: In(ids) }, { flaggedDuplicate: true });
  }
}
