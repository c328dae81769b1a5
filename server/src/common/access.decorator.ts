import { SetMetadata } from '@nestjs/common';
import type { Role, SyncPermission } from '@unionhub/shared';

export const ACCESS_POLICY = 'unionhub:access-policy';

/**
 * Who may call a route. Every handler declares one: the global guard refuses a route without a
 * policy, so a forgotten decorator fails closed.
 */
export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'roles'; roles: Role[] }
  /** An API client (officer tool) holding the permission; user tokens are refused. */
  | { kind: 'client'; permission: SyncPermission | null };

export const Access = {
  /** Anyone, signed in or not. */
  public: () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy),
  /** Any signed-in user: member, officer or admin. */
  signedIn: () => SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy),
  /** Only the listed roles. */
  roles: (...roles: Role[]) => SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy),
  /** An active API client; with a permission, only a client granted it. */
  client: (permission: SyncPermission | null = null) => SetMetadata(ACCESS_POLICY, { kind: 'client', permission } satisfies AccessPolicy),
};
