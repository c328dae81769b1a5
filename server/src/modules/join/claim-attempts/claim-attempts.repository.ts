import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { chinaDate, type JoinHoldReason } from '@unionhub/shared';
import { type EntityManager, In, LessThan, MoreThanOrEqual, type Repository } from 'typeorm';
import { JoinClaimAttempt } from './join-claim-attempt.entity';

/** After this many failed claims of one ID number in a day, only an officer can confirm a claim. */
export const CLAIM_ATTEMPTS_PER_DAY = 5;
export const CLAIM_ATTEMPT_RETENTION_DAYS = 30;

@Injectable()
export class ClaimAttemptsRepository {
  constructor(@InjectRepository(JoinClaimAttempt) private readonly attempts: Repository<JoinClaimAttempt>) {}

  /** Records a failed claim; rows older than the retention go at the same time. */
  async record(
    manager: EntityManager,
    attempt: { idHash: string; userId: string; orgUnitId: string; reason: JoinHoldReason; viaUnitId: string; viaChannelId: string | null },
  ): Promise<void> {
    const attempts = manager.getRepository(JoinClaimAttempt);
    await attempts.delete({ day: LessThan(chinaDate(new Date(Date.now() - CLAIM_ATTEMPT_RETENTION_DAYS * 86_400_000))) });
    await attempts.insert({ ...attempt, day: chinaDate(new Date()) });
  }

  /** The attempts on memberships held by these units since `fromDay`, newest first. */
  findForUnits(unitIds: string[], fromDay: string, limit: number): Promise<JoinClaimAttempt[]> {
    if (unitIds.length === 0) return Promise.resolve([]);
    return this.attempts.find({ where: { orgUnitId: In(unitIds), day: MoreThanOrEqual(fromDay) }, order: { createdAt: 'DESC' }, take: limit });
  }

  countToday(idHash: string, manager?: EntityManager): Promise<number> {
    return (manager?.getRepository(JoinClaimAttempt) ?? this.attempts).countBy({ idHash, day: chinaDate(new Date()) });
  }
}
