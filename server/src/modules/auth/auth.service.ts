import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import type { LoginResponse, Role, SessionUser } from '@unionhub/shared';
import type { Actor } from '../../common/actor';
import type { AllConfig } from '../../config';
import { OrgsService } from '../orgs/orgs.service';
import { AuthError, AuthErrorCode } from './auth.errors';
import type { User } from './user.entity';
import { UsersRepository } from './users.repository';
import { WechatClient } from './wechat/wechat-client';

/** What the app's token carries: enough to authorise without a query. */
export interface TokenClaims {
  sub: string;
  role: Role;
  unit: string | null;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly orgs: OrgsService,
    private readonly wechat: WechatClient,
    private readonly jwt: JwtService,
    private readonly config: ConfigService<AllConfig, true>,
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

  async verify(token: string): Promise<TokenClaims> {
    try {
      return await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new AuthError(AuthErrorCode.TokenInvalid);
    }
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
    const expiresIn = this.config.get('app.jwtTtlSeconds', { infer: true });
    const claims: TokenClaims = { sub: user.id, role: user.role, unit: user.orgUnitId };
    const token = await this.jwt.signAsync(claims, { expiresIn });
    return { token, expiresIn, user: await this.toSessionUser(user) };
  }

  private async toSessionUser(user: User): Promise<SessionUser> {
    return { id: user.id, role: user.role, nickname: user.nickname, orgUnit: await this.orgs.summaryOf(user.orgUnitId) };
  }
}
