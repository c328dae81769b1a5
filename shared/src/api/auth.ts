import type { OrgUnitSummary } from './orgs';

export const Role = {
  Member: 'member',
  Officer: 'officer',
  Admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** POST /api/auth/wechat — the code from `wx.login`. */
export interface WechatLoginRequest {
  code: string;
}

/** Demo accounts for POST /api/auth/dev-login (development only). */
export const DevAccount = {
  Member: 'member',
  MemberB: 'member-b',
  Admin: 'admin',
} as const;

/** POST /api/auth/dev-login — `account` is a DevAccount or `officer:<orgUnitCode>`. */
export interface DevLoginRequest {
  account: string;
}

export interface SessionUser {
  id: string;
  role: Role;
  nickname: string;
  /** The unit an officer or admin acts for; null for members. */
  orgUnit: OrgUnitSummary | null;
}

/**
 * Answer of every sign-in (WeChat, dev login) and of a refresh. `token` is the short access token
 * sent as `Authorization: Bearer …`; `refreshToken` is kept by the client and spent once on
 * POST /api/auth/refresh for a new pair. A refresh token used twice ends the whole session.
 */
export interface LoginResponse {
  /** Access token (JWT), at most 15 minutes. */
  token: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Opaque, single use: the next refresh answers a new one. */
  refreshToken: string;
  /** Seconds until the refresh token expires if it is not used. */
  refreshExpiresIn: number;
  /** Role and unit as the database holds them now (read again at every refresh). */
  user: SessionUser;
}

/** POST /api/auth/refresh and POST /api/auth/sign-out. */
export interface RefreshRequest {
  refreshToken: string;
}

/** DELETE /api/auth/officers/{userId}/sessions — how many sessions were still open. */
export interface EndSessionsResponse {
  endedSessions: number;
}
