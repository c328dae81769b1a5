import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { LoginResponse, SessionUser } from '@unionhub/shared';
import type { Actor } from '../../common/actor';
import { OrgsService } from '../orgs/orgs.service';
import { AuthError, AuthErrorCode } from './auth.errors';
import { SessionsService, type TokenClaims } from './sessions/sessions.service';
import type { User } from './user.entity';
import { UsersRepository } from './users.repository';
import { WechatClient } from './wechat/wechat-client';


@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly orgs: OrgsService,
    private readonly wechat: WechatClient,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
  ) {}

  /** The session key stays here: it is used for nothing yet and never leaves the server. */
  async loginWithWechat(code: string): Promise<LoginResponse> {
    const session = await this.wechat.code2Session(code);
    const user = await this.users.findOrCreateByOpenid(session.openid);
    return this.issue(user);
  }

  async devLogin(account: string): Promise<LoginResponse> {
    const user = (await this.users.findByDevAccount(account)) ?? (await this.createDevOfficer(account));
    return this.issue(user);
  }

  async me(actor: Actor): Promise<SessionUser> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw new AuthError(AuthErrorCode.UserGone);
    return this.toSessionUser(user);
  }

  /** The WeChat openid of a user, for subscribe messages; null for demo accounts. Never sent to clients. */
  async openidOf(userId: string): Promise<string | null> {
    return (await this.users.findById(userId))?.openid ?? null;
  }

  /** A token without a session id predates sessions (it lived 7 days): it is refused. */
  async verify(token: string): Promise<TokenClaims> {
    const claims = await this.jwt.verifyAsync<TokenClaims>(token).catch(() => null);
    if (!claims || typeof claims.sid !== 'string') throw new AuthError(AuthErrorCode.TokenInvalid);
    return claims;
  }

  /** Development convenience: `officer:<code>` signs in as an officer of any existing unit. */
  private async createDevOfficer(account: string): Promise<User> {
    const code = account.startsWith('officer:') ? account.slice('officer:'.length) : null;
    const unit = code ? await this.orgs.findByCode(code) : null;
    if (!unit) throw new AuthError(AuthErrorCode.UnknownDevAccount);
    return this.users.createDevOfficer(account, `${unit.name}工会干部`, unit.id);
  }

  private async issue(user: User): Promise<LoginResponse> {
    await this.users.touchLogin(user);
    return this.sessions.start(user);
  }

  private async toSessionUser(user: User): Promise<SessionUser> {
    return { id: user.id, role: user.role, nickname: user.nickname, orgUnit: await this.orgs.summaryOf(user.orgUnitId) };
  }
}
