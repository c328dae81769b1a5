import { Injectable } from '@nestjs/common';
import { type AidPayeeCardView, maskBankAccount } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { TransactionRunner } from '../../../database/transaction-runner';
import { isUniqueViolation } from '../../../database/unique-violation';
import { AuditService } from '../../audit/audit.service';
import { AidError, AidErrorCode } from '../aid.errors';
import { type PayeeCardValue, PayeeCardsRepository } from './payee-cards.repository';

/** The member's 互助服务卡 on file: saved once, then the default payee of every claim, never sent back whole. */
@Injectable()
export class PayeeCardsService {
  constructor(
    private readonly cards: PayeeCardsRepository,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  async mine(actor: Actor): Promise<AidPayeeCardView | null> {
    const member = await this.cards.findActiveMemberOfUser(actor.userId);
    const card = member ? await this.cards.findByMember(member.id) : null;
    return card ? { masked: card.cardMasked } : null;
  }

  /** Saving the card already on file changes nothing and leaves no audit entry. */
  async save(actor: Actor, account: string): Promise<AidPayeeCardView> {
    const member = await this.cards.findActiveMemberOfUser(actor.userId);
    if (!member) throw new AidError(AidErrorCode.NotAMember);
    const write = () => this.transactions.run(async (manager) => {
      const current = await this.cards.findByMember(member.id, manager);
      if (current && this.cipher.decrypt('bank-account', current.cardEnc) === account) return;
      if (current) await this.cards.update(manager, member.id, this.sealed(account));
      else await this.cards.insert(manager, member.id, this.sealed(account));
      await this.audit.record(actor, { action: current ? 'aid.payee-card.replace' : 'aid.payee-card.save', targetType: 'member', targetId: member.id, orgUnitId: member.orgUnitId, detail: { masked: maskBankAccount(account) } }, manager);
    });
    // Two first saves at once: the loser finds the winner's row on its second try.
    await write().catch((error: unknown) => (isUniqueViolation(error) ? write() : Promise.reject(error)));
    return { masked: maskBankAccount(account) };
  }

  /** A claim paid to the 互助服务卡 typed by a member with none on file makes it his card. */
  async rememberIfNone(manager: EntityManager, actor: Actor, member: { id: string; orgUnitId: string }, account: string): Promise<void> {
    if (await this.cards.findByMember(member.id, manager)) return;
    try {
      await this.cards.insert(manager, member.id, this.sealed(account));
    } catch (error) {
      if (isUniqueViolation(error)) return; // saved meanwhile by a PUT: that card stays
      throw error;
    }
    await this.audit.record(actor, { action: 'aid.payee-card.save', targetType: 'member', targetId: member.id, orgUnitId: member.orgUnitId, detail: { masked: maskBankAccount(account), from: 'claim' } }, manager);
  }

  /** The stored ciphertext itself goes into the claim: the whole number never travels to the phone and back. */
  async onFile(manager: EntityManager, memberId: string): Promise<PayeeCardValue> {
    const card = await this.cards.findByMember(memberId, manager);
    if (!card) throw new AidError(AidErrorCode.PayeeCardMissing);
    return { cardEnc: card.cardEnc, cardMasked: card.cardMasked };
  }

  private sealed(account: string): PayeeCardValue {
    return { cardEnc: this.cipher.encrypt('bank-account', account), cardMasked: maskBankAccount(account) };
  }
}
