import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { chinaDate, type JoinHoldReason } from '@unionhub/shared';
import type { EntityManager, Repository } from 'typeorm';
import { JoinClaimAttempt } from './join-claim-attempt.entity';

/** After this many failed claims of one ID number in a day, only an officer can confirm a claim. */
export const CLAIM_ATTEMPTS_PER_DAY = 5;

@Injectable()
export class ClaimAttemptsRepository {
  constructor(@InjectRepository(JoinClaimAttempt) private readonly attempts: Repository<JoinClaimAttempt>) {}

  async record(manager: EntityManager, attempt: { idHash: string; userId: string; orgUnitId: string; reason: JoinHoldReason }): Promise<void> {
    await manager.getRepository(JoinClaimAttempt).insert({ ...attempt, day: chinaDate(new Date()) });
  }

  countToday(idHash: string, manager?: EntityManager): Promise<number> {
    return (manager?.getRepository(JoinClaimAttempt) ?? this.attempts).countBy({ idHash, day: chinaDate(new Date()) });
  }
}
