import { ChangeType, SyncPermission } from '@unionhub/shared';

/** Which permission lets a client read each kind of change. */
const NEEDS: Record<ChangeType, SyncPermission> = {
  [ChangeType.Member]: SyncPermission.ReadMembers,
  [ChangeType.Application]: SyncPermission.ReadMembers,
  [ChangeType.Transfer]: SyncPermission.ReadMembers,
  [ChangeType.Station]: SyncPermission.ReadStations,
  [ChangeType.Enrollment]: SyncPermission.ReadClaims,
  [ChangeType.Claim]: SyncPermission.ReadClaims,
};

export function readableTypes(permissions: SyncPermission[]): ChangeType[] {
  return Object.values(ChangeType).filter((type) => permissions.includes(NEEDS[type]));
}
