import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull, LessThan, Not } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';

export type NewRefreshToken = Pick<RefreshToken, 'familyId' | 'userId' | 'tokenHash' | 'expiresAt'>;

/** Every method takes the manager of the caller's transaction or turn (TransactionRunner). */
@Injectable()
export class RefreshTokensRepository {
  findByHash(manager: EntityManager, tokenHash: string): Promise<RefreshToken | null> {
    return manager.getRepository(RefreshToken).findOneBy({ tokenHash });
  }

  async insert(manager: EntityManager, token: NewRefreshToken): Promise<void> {
    await manager.getRepository(RefreshToken).insert({ ...token, usedAt: null, revokedAt: null });
  }

  /**
   * Marks the token spent if nobody has spent or revoked it yet. Of two refreshes with one token, the
   * second waits for the first's row lock (MySQL) or its turn (sql.js) and then changes nothing.
   */
  async spend(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const result = await manager.getRepository(RefreshToken).update({ id, usedAt: IsNull(), revokedAt: IsNull() }, { usedAt: now });
    return result.affected === 1;
  }

  /**
   * Keeps a session to its live token and the one spent last: a copy of that one is what reuse
   * detection is for; older tokens simply no longer exist and are refused as unknown.
   */
  async forgetOlderSpent(manager: EntityManager, familyId: string, keepId: string): Promise<void> {
    await manager.getRepository(RefreshToken).delete({ familyId, usedAt: Not(IsNull()), id: Not(keepId) });
  }

  /** Drops a user's ended sessions (expired or revoked), which can never be used again. */
  async forgetEnded(manager: EntityManager, userId: string, now: Date): Promise<void> {
    const repository = manager.getRepository(RefreshToken);
    await repository.delete({ userId, expiresAt: LessThan(now) });
    await repository.delete({ userId, revokedAt: Not(IsNull()) });
  }

  /** Ends one session: every token of the family, spent or not. */
  async revokeFamily(manager: EntityManager, familyId: string, now: Date): Promise<void> {
    await manager.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: now });
  }

  /** Ends every session of a user; answers how many sessions still had a live token. */
  async revokeAllOf(manager: EntityManager, userId: string, now: Date): Promise<number> {
    const live = await manager
      .getRepository(RefreshToken)
      .createQueryBuilder('t')
      .select('COUNT(DISTINCT t.familyId)', 'sessions')
      .where('t.userId = :userId AND t.revokedAt IS NULL AND t.usedAt IS NULL AND t.expiresAt > :now', { userId, now })
      .getRawOne<{ sessions: number | string }>();
    await manager.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: now });
    return Number(live?.sessions ?? 0);
  }
}
