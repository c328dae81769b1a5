import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { type EndSessionsResponse, type LoginResponse, Role } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import type { AllConfig } from '../../../config';
import { TransactionRunner } from '../../../database/transaction-runner';
import { AuditService } from '../../audit/audit.service';
import { OrgsService } from '../../orgs/orgs.service';
import { AuthError, AuthErrorCode } from '../auth.errors';
import type { User } from '../user.entity';
import { UsersRepository } from '../users.repository';
import { RefreshTokensRepository } from './refresh-tokens.repository';

/** What an access token carries: enough to authorise without a query, for at most 15 minutes. */
export interface TokenClaims {
  sub: string;
  role: Role;
  unit: string | null;
  /** The session (refresh-token family) the token was issued in. */
  sid: string;
}

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');
const familyOf = (token: string): string | null => /^([0-9a-f-]{36})\.[\w-]{43}$/.exec(token)?.[1] ?? null;

type Spent = { kind: 'renewed'; user: User; familyId: string } | { kind: 'reused'; familyId: string } | { kind: 'invalid' };

/**
 * Sessions: a short access token for every request and a single-use refresh token to get the next
 * one. Revoking a session stops its refresh at once; an access token already out runs out within
 * its lifetime (≤ 15 minutes), which keeps every request free of a session lookup.
 */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger('Sessions');

  constructor(
    private readonly tokens: RefreshTokensRepository,
    private readonly users: UsersRepository,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly jwt: JwtService,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  /** A new session for a user who has just signed in. */
  async start(user: User): Promise<LoginResponse> {
    const familyId = randomUUID();
    // Two statements of their own rather than one transaction: a sign-in is a hot path (a join
    // drive), and dropping ended sessions need not be atomic with starting a new one.
    await this.transactions.single((manager) => this.tokens.forgetEnded(manager, user.id, new Date()));
    const refreshToken = await this.transactions.single((manager) => this.addToken(manager, user.id, familyId));
    return this.answer(user, familyId, refreshToken);
  }

  /**
   * Spends a refresh token for a new pair, with the role and unit the database holds now. A token
   * spent before (a copy, or two refreshes at once) ends its whole session.
   */
  async refresh(refreshToken: string): Promise<LoginResponse> {
    const now = new Date();
    let next = '';
    const spent = await this.transactions.run(async (manager): Promise<Spent> => {
      const token = await this.tokens.findByHash(manager, hashOf(refreshToken));
      // Spent tokens are trimmed, so an unknown token naming a session is treated as a reuse: a
      // thief who refreshed twice must not turn the victim's old token into a harmless stranger.
      if (!token) return familyOf(refreshToken) ? { kind: 'reused', familyId: familyOf(refreshToken) as string } : { kind: 'invalid' };
      if (token.revokedAt || token.expiresAt <= now) return { kind: 'invalid' };
      if (token.usedAt || !(await this.tokens.spend(manager, token.id, now))) return { kind: 'reused', familyId: token.familyId };
      const user = await this.users.findById(token.userId, manager);
      if (!user) return { kind: 'invalid' };
      await this.tokens.forgetOlderSpent(manager, token.familyId, token.id);
      next = await this.addToken(manager, user.id, token.familyId);
      return { kind: 'renewed', user, familyId: token.familyId };
    });
    if (spent.kind === 'reused') {
      // After the transaction, so that the session ends even though this refresh is refused.
      await this.transactions.single((manager) => this.tokens.revokeFamily(manager, spent.familyId, new Date()));
      this.logger.warn({ msg: 'refresh token used twice; session ended', session: spent.familyId });
    }
    if (spent.kind !== 'renewed') throw new AuthError(AuthErrorCode.RefreshInvalid);
    return this.answer(spent.user, spent.familyId, next);
  }

  /** Ends the session the refresh token belongs to; an unknown or spent token changes nothing. */
  async signOut(refreshToken: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      const token = await this.tokens.findByHash(manager, hashOf(refreshToken));
      if (token) await this.tokens.revokeFamily(manager, token.familyId, new Date());
    });
  }

  /**
   * Ends every session of an officer: for an admin, or an officer of a unit above the officer's.
   * Users the caller may not act on answer 404, like users that do not exist.
   */
  async endSessionsOf(actor: Actor, userId: string): Promise<EndSessionsResponse> {
    const target = await this.users.findById(userId);
    if (!target || !(await this.mayEnd(actor, target))) throw new AuthError(AuthErrorCode.OfficerNotFound);
    const endedSessions = await this.transactions.run(async (manager) => {
      const ended = await this.tokens.revokeAllOf(manager, target.id, new Date());
      await this.audit.record(
        actor,
        { action: 'auth.end-sessions', targetType: 'app_user', targetId: target.id, orgUnitId: target.orgUnitId, detail: { endedSessions: ended } },
        manager,
      );
      return ended;
    });
    return { endedSessions };
  }

  private async mayEnd(actor: Actor, target: User): Promise<boolean> {
    if (target.role === Role.Member || !target.orgUnitId) return false;
    if (actor.role === Role.Admin) return true;
    if (actor.role !== Role.Officer || target.role !== Role.Officer || target.orgUnitId === actor.orgUnitId) return false;
    return this.orgs.assertInScope(actor, target.orgUnitId).then(
      () => true,
      () => false,
    );
  }

  private async addToken(manager: EntityManager, userId: string, familyId: string): Promise<string> {
    // The session's id travels in front of the secret part, so that a token we no longer hold still names its session.
    const token = `${familyId}.${randomBytes(32).toString('base64url')}`;
    const ttl = this.config.get('app.refreshTokenTtlSeconds', { infer: true });
    await this.tokens.insert(manager, { familyId, userId, tokenHash: hashOf(token), expiresAt: new Date(Date.now() + ttl * 1000) });
    return token;
  }

  private async answer(user: User, familyId: string, refreshToken: string): Promise<LoginResponse> {
    const expiresIn = this.config.get('app.accessTokenTtlSeconds', { infer: true });
    const claims: TokenClaims = { sub: user.id, role: user.role, unit: user.orgUnitId, sid: familyId };
    const token = await this.jwt.signAsync(claims, { expiresIn });
    return {
      token,
      expiresIn,
      refreshToken,
      refreshExpiresIn: this.config.get('app.refreshTokenTtlSeconds', { infer: true }),
      user: { id: user.id, role: user.role, nickname: user.nickname, orgUnit: await this.orgs.summaryOf(user.orgUnitId) },
    };
  }
}
