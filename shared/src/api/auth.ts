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

export interface LoginResponse {
  token: string;
  /** Seconds until the token expires. */
  expiresIn: number;
  user: SessionUser;
}
