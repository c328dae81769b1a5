import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull, LessThan, Not } from 'typeorm';
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
    const older = await manager.getRepository(RefreshToken).find({ select: { id: true }, where: { familyId, usedAt: Not(IsNull()), id: Not(keepId) } });
    await this.deleteByIds(manager, older);
  }

  /** Drops a user's ended sessions (expired or revoked), which can never be used again. */
  async forgetEnded(manager: EntityManager, userId: string, now: Date): Promise<void> {
    const ended = await manager.getRepository(RefreshToken).find({ select: { id: true }, where: [{ userId, expiresAt: LessThan(now) }, { userId, revokedAt: Not(IsNull()) }] });
    await this.deleteByIds(manager, ended);
  }

  /**
   * By primary key: a range delete on MySQL locks the gaps of its index, and two sign-ins at once
   * (each deleting, then inserting) would deadlock on them.
   */
  private async deleteByIds(manager: EntityManager, rows: Pick<RefreshToken, 'id'>[]): Promise<void> {
    if (rows.length > 0) await manager.getRepository(RefreshToken).delete({ id: In(rows.map((row) => row.id)) });
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
